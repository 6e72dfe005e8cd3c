import { exhibit } from './documents/exhibit.ts';
import { hall } from './documents/hall.ts';
import { institution } from './documents/institution.ts';
import { outreachSite } from './documents/outreach-site.ts';
import { route } from './documents/route.ts';
import { routeStop } from './documents/route-stop.ts';
import { siteSettings } from './documents/site-settings.ts';
import { story } from './documents/story.ts';
import { blockContent } from './objects/block-content.ts';
import { localeBlockContent } from './objects/locale-block-content.ts';
import { localeString } from './objects/locale-string.ts';
import { localeText } from './objects/locale-text.ts';
import { openingHours } from './objects/opening-hours.ts';
import { planFigure } from './objects/plan-figure.ts';
import { planTarget } from './objects/plan-target.ts';

/** The document types editors create, in the order the Studio lists them. */
export const documentTypes = [
	story,
	exhibit,
	hall,
	route,
	routeStop,
	outreachSite,
	institution,
	siteSettings,
];

/** Every schema type of Boai's content model. */
export const schemaTypes = [
	...documentTypes,
	localeString,
	localeText,
	localeBlockContent,
	blockContent,
	openingHours,
	planTarget,
	planFigure,
];
