/** The poster page's print button: the browser's own print dialog, set to A4 by the page. */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
	button.addEventListener('click', () => window.print());
}
