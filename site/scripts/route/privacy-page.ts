/** The privacy page shows this browser's random number, for questions to the society. */
import { storedVisitorId } from './visitor.ts';

const holder = document.querySelector<HTMLElement>('[data-visitor-id]');
const id = storedVisitorId();
if (holder && id) holder.textContent = id;
