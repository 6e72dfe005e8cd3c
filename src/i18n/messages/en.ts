import type { Messages } from './zh.ts';

/** Every string the public site shows in English; the keys are those of `zh.ts`. */
export const en: Messages = {
	site: {
		name: 'Zhuzhou Red Cross',
		shortName: 'Boai',
		description:
			'The Zhuzhou Red Cross society: first aid, humanitarian relief, blood, stem-cell and organ donation, and humanitarian culture.',
	},
	nav: {
		label: 'Main navigation',
		home: 'Home',
		stories: 'Stories',
		museum: 'Red Medicine Museum',
		map: 'Outreach map',
		route: 'Check-in route',
		about: 'About',
	},
	layout: {
		skipLink: 'Skip to main content',
		languageSwitch: '中文',
		languageSwitchLabel: '阅读中文版',
		footerSociety: 'Zhuzhou Red Cross · Zhuzhou, Hunan, China',
		footerData:
			'Facts on this site come from the society’s five-year plan. Anything marked “Sample data” is an invented example for demonstration, not a real record.',
		footerImages: 'Images, models and sounds on this site are made by the project.',
	},
	badges: {
		sample: 'Sample data',
		sampleHint: 'This content is an invented example, not a real record',
		approximate: 'Approximate location and address, to be verified',
	},
	categories: {
		donation: 'Donation',
		'first-aid': 'First aid',
		relief: 'Relief',
		culture: 'Humanitarian culture',
		youth: 'Youth',
		volunteers: 'Volunteers',
		fundraising: 'Fundraising',
		organization: 'Organisation',
	},
	districts: {
		tianyuan: 'Tianyuan District',
		hetang: 'Hetang District',
		lusong: 'Lusong District',
		shifeng: 'Shifeng District',
		lukou: 'Lukou District',
		liling: 'Liling City',
		youxian: 'You County',
		chaling: 'Chaling County',
		yanling: 'Yanling County',
	},
	siteKinds: {
		community: 'Community',
		school: 'School',
		enterprise: 'Enterprise',
		park: 'Park',
		hospital: 'Hospital',
		station: 'Transport station',
		village: 'Village',
		scenic: 'Scenic area',
	},
	exhibitKinds: {
		document: 'Document',
		photograph: 'Photograph',
		instrument: 'Medical instrument',
		medicine: 'Medicine',
		uniform: 'Uniform',
		artwork: 'Artwork',
		model: 'Model',
	},
	institutionKinds: {
		hospital: 'Hospital',
		college: 'College',
		school: 'School',
		government: 'Government',
		foundation: 'Foundation',
		enterprise: 'Enterprise',
		scenic: 'Scenic area',
		other: 'Other',
	},
	weekdays: {
		mon: 'Mon',
		tue: 'Tue',
		wed: 'Wed',
		thu: 'Thu',
		fri: 'Fri',
		sat: 'Sat',
		sun: 'Sun',
	},
	home: {
		title: 'Home',
		aboutHeading: 'What we do',
		targetsHeading: 'Goals for 2029',
		targetsIntro:
			'The plan’s goals for 2029. Where the plan gives a comparable figure, the result of the past five years is shown beside the goal.',
		figuresHeading: 'The past five years',
		storiesHeading: 'Latest stories',
		allStories: 'All stories',
		exploreHeading: 'Explore',
		museumIntro:
			'Walk hall by hall through the history of humanitarian medicine, each exhibit with pictures and text.',
		mapIntro:
			'One hundred humanitarian outreach sites across Zhuzhou: communities, schools, enterprises, parks, hospitals…',
		routeIntro: 'Follow the Red Cross check-in route and collect a stamp at every stop.',
	},
	chart: {
		title: 'Goals for 2029 and results of the past five years',
		baseline: 'Past five years',
		target: '2029 goal',
		tableCaption: 'Goals for 2029 as a table',
		tableToggle: 'Show the data as a table',
		columnIndicator: 'Indicator',
		columnBaseline: 'Past five years',
		columnTarget: '2029 goal',
		notComparable: 'No comparable figure',
		description:
			'Grey bars are the results of the past five years, red bars the goals for 2029. Each row is scaled to its own larger value, so bar lengths cannot be compared between rows.',
		othersHeading:
			'Other goals for 2029 (the plan gives no comparable figure for the past five years)',
	},
	stories: {
		title: 'Stories',
		intro: 'First aid, relief, donation and outreach: stories of the Red Cross in Zhuzhou.',
		categoryNav: 'Browse by category',
		allCategories: 'All',
		empty: 'There are no stories in this category yet.',
		count: (n: number) => (n === 1 ? '1 story' : `${n} stories`),
		categoryTitle: (category: string) => `Stories: ${category}`,
	},
	story: {
		published: 'Published',
		period: 'Period',
		category: 'Category',
		related: 'Related stories',
		back: 'Back to all stories',
	},
	museum: {
		title: 'Red Medicine Museum',
		intro:
			'The five-year plan has the Zhuzhou Red Cross found a Red Medicine Museum with the city’s medical institutions. This is its online hall: the catalogue of every exhibit on the history of humanitarian medicine. The pictures are illustrative reconstructions drawn for this site, not photographs of real objects.',
		hallEra: (start: number, end: number) => `${start}–${end}`,
		exhibitCount: (n: number) => (n === 1 ? '1 exhibit' : `${n} exhibits`),
		hallsNav: 'Halls',
		era: 'Era',
		kind: 'Kind',
		hall: 'Hall',
		lender: 'Lent by',
		modelAvailable: 'This exhibit has a 3D model',
		modelDescription: 'About the 3D model',
		transcript: 'Narration transcript',
		back: 'Back to the catalogue',
		images: 'Images of the exhibit',
		empty: 'This hall has no exhibits yet.',
	},
	hall3d: {
		enterHeading: 'Walk through the 3D hall',
		enterIntro:
			'Walk through the halls in 3D, era by era: pictures hang on the walls and objects stand on plinths; follow a guided tour, listen to the narration, turn the models. Nothing makes a sound until you tap, and you can mute it at any time; every effect can be switched off, and everything the exhibits say is also in the catalogue below.',
		layers: [
			'Space: four halls to walk through and look around',
			'Time: a timeline, a guided tour, animated models',
			'Sound: narration with captions and a quiet sound in each hall',
			'Touch and motion: drag, pinch to zoom, look around by moving your phone, a buzz on arrival',
			'Story: the exhibit’s text follows you and screen readers announce it',
		],
		enterButton: 'Enter the 3D hall',
		enterHint: 'Entering downloads the 3D program and the models; it takes a few seconds.',
		noWebgl:
			'Your browser cannot show the 3D hall (WebGL is unavailable or switched off). The catalogue below has every exhibit with its pictures and text.',
		deepLinkNoWebgl:
			'This link points to an exhibit in the 3D hall, but your browser cannot show 3D. Find the exhibit in the catalogue below.',
		dialogTitle: '3D hall',
		loadingCode: 'Loading the 3D hall…',
		loadingAssets: (done: number, total: number) => `Loading the exhibits: ${done} of ${total}`,
		loadFailed:
			'The 3D hall could not load; the network may have dropped. Check your connection and try again, or leave the 3D hall and browse the catalogue below.',
		retry: 'Try again',
		close: 'Leave the 3D hall',
		stageLabel: (hall: string) =>
			`3D hall: ${hall}. Walk with the arrow keys or W and S, step aside with A and D, turn with left and right; Enter visits the exhibit in front of you, Escape steps back.`,
		help: 'How to move',
		helpKeyboard:
			'Keyboard: arrow keys or W, A, S, D to walk and turn; Tab moves between exhibits and Enter goes to one; Page Up and Page Down for the previous and next exhibit; Escape steps back from an exhibit, and again leaves the 3D hall.',
		helpPointer: 'Mouse: drag to look around, scroll to zoom, click an exhibit to go to it.',
		helpTouch:
			'Touch: drag to look around, pinch to zoom, tap an exhibit to go to it; drag on a model to turn it.',
		hallOf: (n: number, total: number) => `Hall ${n} of ${total}`,
		exhibitOf: (n: number, total: number) => `Exhibit ${n} of ${total}`,
		exhibitAnnouncement: (n: number, total: number, title: string, era: string) =>
			`Exhibit ${n} of ${total}: ${title}, ${era}`,
		tourStepAnnouncement: (n: number, total: number, rest: string) =>
			`Tour stop ${n} of ${total}. ${rest}`,
		nothingAhead: 'There is no exhibit just ahead. Choose one with the Tab key, or walk closer.',
		noVoice:
			'Your browser has no voice to read this aloud. The full narration text is on this page.',
		previous: 'Previous',
		next: 'Next',
		tourStart: 'Start the guided tour',
		tourPause: 'Pause the tour',
		tourResume: 'Resume the tour',
		tourStop: 'Stop the tour',
		tourStarted: 'The guided tour has started.',
		tourPaused: 'The tour is paused.',
		tourResumed: 'The tour goes on.',
		tourFinished: 'The guided tour is over.',
		tourStep: (n: number, total: number) => `Tour stop ${n} of ${total}`,
		listen: 'Listen',
		stopListening: 'Stop the narration',
		mute: 'Mute',
		unmute: 'Sound on',
		settings: 'Settings',
		settingVibration: 'Vibrate on arrival',
		settingAnimations: 'Play model animations',
		settingPanel: 'Show the exhibit panel',
		lookAround: 'Look around by moving your phone',
		lookAroundStop: 'Stop looking around with the phone',
		lookAroundDenied:
			'Access to the motion sensors was not allowed. You can still drag the view to look around.',
		inThisHall: 'In this hall',
		halls: 'Halls',
		timeline: 'Timeline',
		timelineValue: (year: number, title: string) => `${year}: ${title}`,
		readMore: 'Open the exhibit’s page',
		ambient: 'Sound in this hall',
		picturePlaceholder: 'The picture could not be loaded',
		modelPlaceholder: 'The 3D model could not be loaded',
		assetProblem:
			'This exhibit’s picture or 3D model could not be loaded and is shown as a placeholder; the rest of the hall works as usual.',
		contextLost:
			'The 3D view was interrupted (the WebGL graphics context was lost). It comes back by itself when the system restores it; if it does not, leave the 3D hall and enter again.',
		arrivedHall: (hall: string, count: number) =>
			`${hall}, ${count === 1 ? '1 exhibit' : `${count} exhibits`}.`,
		playAnimation: 'Play the model’s animation',
		turnHint: 'Drag on the model to turn it.',
		captions: 'Captions',
		toHall: (hall: string) => `To: ${hall}`,
		sample: 'Sample data',
		viewModel: 'View the 3D model',
		modelViewerLabel: (title: string) =>
			`3D model of ${title}. Drag or use the arrow keys to turn it; scroll, pinch or press plus and minus to zoom.`,
		resetView: 'Reset the view',
		zoomIn: 'Zoom in',
		turnLeft: 'Turn left',
		turnRight: 'Turn right',
		zoomOut: 'Zoom out',
		modelLoading: 'Loading the 3D model…',
		modelFailed: 'The 3D model could not be loaded. Its description in words is on this page.',
		seeInHall: 'See it in the 3D hall',
		readAloud: 'Read aloud',
		stopReading: 'Stop reading',
		readAloudNote: 'Read by your browser’s speech synthesis; the captions appear below.',
	},
	map: {
		title: 'Humanitarian outreach sites',
		intro:
			'The plan sets out to build 100 humanitarian outreach sites. Find them by kind, district or name, or see the ones nearest to you.',
		kind: 'Kind',
		district: 'District',
		address: 'Address',
		activities: 'Activities',
		institution: 'Run with',
		coordinates: 'Coordinates (WGS-84)',
		back: 'Back to the list of sites',
		filtersHeading: 'Find a site',
		anyKind: 'All kinds',
		anyDistrict: 'All districts',
		search: 'Name or address',
		searchHint: 'Chinese, pinyin or pinyin initials, such as “荷塘”, “hetang” or “ht”.',
		apply: 'Find',
		clear: 'Clear filters',
		showing: 'Showing {shown} of {total}',
		pagerLabel: 'Pages of the list',
		pageStatus: 'Page {page} of {pages}',
		previousPage: 'Previous page',
		nextPage: 'Next page',
		noMatch: 'No site matches. Try other words, or clear the filters.',
		listHeading: 'List of sites',
		mapHeading: 'Map',
		mapLabel: 'Map of the outreach sites',
		mapKeyboardNote:
			'Markers on the map are not in the keyboard order. The list has every site: “Show on map” opens its marker.',
		mapNeedsScript: 'The map needs JavaScript. The list has every site.',
		mapLoading: 'Loading the map…',
		viewSwitch: 'View',
		viewList: 'List',
		viewMap: 'Map',
		showOnMap: 'Show on map',
		details: 'Details',
		locationPending: 'Location pending',
		locationPendingHint:
			'The coordinates of this site are missing or wrong, so it is not on the map yet.',
		tilesFailed:
			'The base map could not be loaded (no connection, or the map service is unavailable). Markers and the list still work.',
		tilesNone:
			'No base map is configured: the map shows the markers only. The list has every site.',
		mapFailed: 'The map could not start. The list has every site and still works.',
		approvalNumber: 'Map approval number: {number}',
		clusterLabel: '{count} sites',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		nearMe: 'Nearest to me',
		nearMeReset: 'Back to the usual order',
		nearMeLocating: 'Finding your location…',
		nearMeSorted:
			'Sorted by distance, nearest first. The nearest is “{name}”, about {distance} away.',
		nearMeNoneLocated:
			'Your location was found, but no site in the list has a location to measure.',
		nearMeDenied:
			'You did not allow this site to use your location, so the list keeps its order. To sort by distance, allow location for this site in your browser settings and try again.',
		nearMeUnavailable:
			'Your location could not be found just now (weak signal or timeout), so the list keeps its order. Please try again later.',
		nearMeUnsupported: 'This browser cannot tell your location, so the list keeps its order.',
		nearMeRestored: 'The list is back in its usual order.',
		distance: 'About {distance} from you',
		youAreHere: 'You are here',
		opened: 'Opened “{name}” on the map.',
		downloadsHeading: 'Download',
		downloadCsv: 'Spreadsheet (CSV, opens in Excel)',
		downloadGeoJson: 'Geodata (GeoJSON)',
		downloadNote: 'Downloads hold the sites as filtered.',
		openOnMap: 'See it on the outreach map',
		openInApp: 'Open in a maps app',
		sample: 'Sample data',
		csvFileName: 'zhuzhou-outreach-sites',
		csvColumns: {
			id: 'ID',
			name: 'Name',
			kind: 'Kind',
			district: 'District',
			address: 'Address',
			latitude: 'Latitude (WGS-84)',
			longitude: 'Longitude (WGS-84)',
			location: 'Location',
			activities: 'Activities',
			sample: 'Sample data',
			page: 'Page',
		},
		csvLocation: {
			verified: 'Verified',
			approximate: 'Approximate, to be verified',
			pending: 'Location pending',
		},
		yes: 'Yes',
		no: 'No',
	},
	route: {
		title: 'Red Cross check-in route',
		stopsHeading: 'Stops',
		stopCount: (n: number) => (n === 1 ? '1 stop' : `${n} stops`),
		stopNumber: (n: number) => `Stop ${n}`,
		address: 'Address',
		district: 'District',
		directions: 'Getting there',
		hours: 'Opening hours',
		alwaysOpen: 'Open at all times',
		radius: (metres: number) => `Check in within ${metres} m of the stop`,
		institution: 'Run by',
		back: 'Back to the route',
		missing: 'The check-in route has not been published yet.',
	},
	routeCheckin: {
		progressLabel: 'Stamps collected',
		progressValue: (stamped: number, total: number) => `${stamped} / ${total}`,
		progressHint:
			'Collect the stamps of the stops below to earn the certificate. Stops marked “Sample data” can be stamped but do not count towards it.',
		progressNeedsScript: 'Turn on JavaScript in your browser to see the stamps you have collected.',
		stampLabel: 'Stamp:',
		stamp: {
			stamped: 'Stamped',
			pending: 'Recorded, waiting to send',
			none: 'Not stamped yet',
		},
		optionalStop: 'Sample stop, not needed for the certificate',
		openStop: (stop: string) => `See “${stop}” and check in`,
		fromPrevious: (distance: string, bearing: string) =>
			`About ${distance} ${bearing} of the previous stop.`,
		bearings: [
			'north',
			'north-east',
			'east',
			'south-east',
			'south',
			'south-west',
			'west',
			'north-west',
		],
		distance: (metres: number) =>
			metres < 1000 ? `${Math.round(metres)} m` : `${(metres / 1000).toFixed(1)} km`,
		mapHeading: 'Route map',
		mapLabel:
			'Map of the check-in route with its stops and the path between them. The list of stops below the map has the same content.',
		mapUnavailable:
			'The base map cannot be loaded right now, so the map shows only the stops and the path between them. The list below gives the directions in words.',
		mapStopLabel: (number: number, stop: string) => `Stop ${number}: ${stop}`,
		checkinHeading: 'Check in at this stop',
		checkinIntro:
			'Choose one way: your phone’s location, the QR code on the stop’s poster (scan it with your phone), or the code printed on the poster. Each stop needs one stamp.',
		needsScript: 'Checking in needs JavaScript. Turn it on in your browser and reload this page.',
		locationButton: 'Check in with my location',
		locationHint:
			'Your browser will ask to share your location. It is only used to tell whether you are at the stop; the server keeps no coordinates.',
		locating: 'Finding your position…',
		qrHint:
			'Scan the QR code on the poster with your phone’s camera or WeChat: it opens this page and checks you in.',
		qrReceived: 'The poster’s QR code was read.',
		codeLabel: 'Check-in code',
		codeHint:
			'Printed under the QR code on the stop’s poster. Case, spaces and hyphens do not matter.',
		codeButton: 'Check in with the code',
		codeMissing: 'Type the code from the poster first.',
		recorded:
			'Recorded, waiting to send. It is sent by itself once you are online; no need to check in again.',
		sending: 'Sending…',
		stamped: (stop: string) => `Checked in: you have the stamp of “${stop}”.`,
		alreadyStamped: (stop: string) =>
			`You already have the stamp of “${stop}”; each stop stamps once.`,
		refused: (stop: string, reason: string) => `Check-in at “${stop}” did not work: ${reason}`,
		tooFar: (distance: string, allowed: string) =>
			`You are about ${distance} from the stop; a location check-in needs you within ${allowed}. Come closer and try again, or use the poster’s QR code or code.`,
		retryLater:
			'The server cannot be reached right now. The check-in is kept on your phone and sent by itself once you are online; you can also press “Send now”.',
		rateLimited: (seconds: number) =>
			`Too many attempts: try again in about ${seconds} seconds. The check-in is kept on your phone and sent again by itself.`,
		offlineNow: 'You are offline. Check-ins are kept on your phone and sent once you are online.',
		waitingCount: (n: number) =>
			n === 1 ? '1 check-in waiting to send' : `${n} check-ins waiting to send`,
		sendNow: 'Send now',
		geoDenied:
			'Your location was not shared, so a location check-in is not possible. Allow this site to use your location in the browser’s settings and try again, or use the poster’s QR code or code.',
		geoUnavailable:
			'Your position cannot be found right now. Try again in the open, or use the poster’s QR code or code.',
		geoTimeout:
			'Finding your position took too long. Try again in the open, or use the poster’s QR code or code.',
		geoUnsupported: 'This browser cannot share your location. Use the poster’s QR code or code.',
		storageFailed:
			'Check-ins cannot be saved on this phone: the browser may block storage for websites. Try another browser, or leave private browsing, and check in again.',
		historyHeading: 'Your check-ins at this stop',
		methods: { location: 'location', qr: 'QR code', code: 'code' },
		historyStamped: 'stamped',
		historyAlready: 'already stamped',
		historyPending: 'waiting to send',
		historyRefused: 'did not work',
		nameHeading: 'Name on the certificate',
		nameLabel: 'Name or nickname (optional)',
		nameHint:
			'Printed on your certificate only; change or clear it at any time. Left empty, the certificate shows no name.',
		nameSave: 'Save name',
		nameSaved: 'Name saved.',
		nameCleared: 'Name cleared: the certificate shows no name.',
		nameOffline:
			'The server cannot be reached right now. The name is kept on your phone and sent with your next check-in.',
		nameTooLong: (max: number) => `A name has at most ${max} characters; please shorten it.`,
		certificateReady: 'You have collected every stamp!',
		certificateLink: 'See my certificate',
		certificatePending:
			'You have collected every stamp. Reload this page once you are online to see your certificate.',
		privacyLink: 'What we keep when you check in',
		stopLink: 'Open this stop’s page to check in',
	},
	routeCertificate: {
		title: 'Route certificate',
		heading: 'Certificate of completion',
		routeName: 'Zhuzhou Red Cross Culture Trail',
		awardedTo: 'Awarded to',
		anonymous: 'A visitor',
		body: (name: string, count: number) =>
			`${name} walked the Zhuzhou Red Cross Culture Trail and collected ${count} stop stamps.`,
		issued: 'Issued',
		stampsHeading: 'Stamps',
		stampAt: (date: string) => `stamped ${date}`,
		number: 'Certificate number',
		verifyHeading: 'Verify this certificate',
		verifyText:
			'Staff scan the QR code or open the link below to check that this certificate is genuine.',
		verifyQr: 'QR code to verify the certificate',
		imageHeading: 'Certificate image',
		imageAlt: (name: string) =>
			`Certificate image: ${name} walked the Zhuzhou Red Cross Culture Trail`,
		downloadPng: 'Download the certificate image (PNG)',
		downloadSvg: 'Download the certificate image (SVG, scales without loss)',
		saveHint: 'In WeChat, press and hold the certificate image to save it to your photos.',
		issuer: 'Zhuzhou Red Cross',
		notFoundTitle: 'Certificate not found',
		notFoundBody:
			'The certificate number is wrong, or there is no such certificate. Check that the link is complete, or open your certificate again from the route page.',
		unavailable: 'The certificate cannot be read right now. Please try again later.',
		back: 'Back to the check-in route',
	},
	routePoster: {
		title: (stop: string) => `Check-in poster: ${stop}`,
		indexTitle: 'Check-in posters',
		indexIntro:
			'One A4 poster per stop, with its QR code and check-in code. Open one and print it from the browser (A4 portrait, no scaling).',
		routeName: 'Zhuzhou Red Cross Culture Trail',
		stopNumber: (n: number) => `Stop ${n}`,
		scan: 'Scan to check in',
		scanHint:
			'Scan the QR code with your phone’s camera or WeChat: the stop’s page opens and stamps your passport.',
		codeLabel: 'Check-in code',
		codeHint: (address: string) =>
			`Cannot scan? Open ${address}, go to this stop’s page and type the code.`,
		qrAlt: (stop: string) => `Check-in QR code of “${stop}”`,
		print: 'Print this poster',
		staffNote:
			'This page is for staff printing posters. The QR code and the code are this stop’s check-in proof: do not publish them online.',
		keyId: (kid: string) => `key ${kid}`,
		originNote: (origin: string) =>
			`The QR code points to ${origin}. If that is not the address the public uses, set SITE_ORIGIN, restart the server and print again.`,
		unavailable:
			'The server has no check-in secret (CHECKIN_SECRET), so no QR code or check-in code can be made. Ask the administrator to set it and restart the server.',
		staffOnly: 'Posters are for staff. Sign in with the stats token (STATS_TOKEN).',
		notConfigured:
			'The server has no staff token (STATS_TOKEN), so the poster pages are closed. Ask the administrator to set it and restart the server.',
	},
	routePrivacy: {
		title: 'Check-in route: privacy',
		intro:
			'Checking in needs no account, no phone number and no WeChat login. This page says what we keep and what we do not.',
		keptHeading: 'What we keep',
		kept: [
			'A random number, made by your browser the first time you check in and kept in that browser: its first part is the time it was made, the rest is random. It has nothing to do with your name, phone number or WeChat account.',
			'Which stop you checked in at, when, and how (location, QR code or code).',
			'For a location check-in, only roughly how far you were from the stop (such as “25 to 50 m”), never your coordinates.',
			'The name you give for your certificate. It is optional, can be a nickname, and you can change or clear it at any time.',
		],
		notKeptHeading: 'What we do not keep',
		notKept: [
			'Your coordinates: read once when you press “Check in with my location”, sent to the server to work out the distance, then dropped.',
			'Your phone number, WeChat account, photos or contacts: we neither read nor keep them.',
			'Your network address (IP): the server holds it briefly in memory to limit too many requests, and never writes it into the check-ins.',
			'We do not use check-ins to advertise to you, and we do not hand them to anyone.',
		],
		phoneHeading: 'What stays on your phone',
		phone:
			'The random number, your certificate name and check-ins not yet sent are kept in your phone’s browser. Check-ins made offline are sent once you are online. Clearing the browser’s data deletes the number, and the stamps collected on this phone cannot be recovered after that.',
		staffHeading: 'What staff see',
		staff:
			'Staff see totals only: how many check-ins each stop had each day, and how many people started, reached half way and finished. They cannot see any one person’s check-ins.',
		certificateHeading: 'The certificate',
		certificate:
			'Your certificate shows the name you gave (or none), the date you finished and the stamps. Anyone with its link or QR code can open the verification page and see this, so share it only with people you choose.',
		contactHeading: 'Questions?',
		contact:
			'For questions about your check-ins, or to have them deleted, contact the Zhuzhou Red Cross with your certificate number or the random number shown on this page.',
		yourId: 'This browser’s random number',
		noId: 'Not made yet (it is made at your first check-in)',
	},
	routeStats: {
		title: 'Check-in statistics',
		intro: 'For staff: check-ins per stop. Totals only, never anyone’s own check-ins.',
		tokenLabel: 'Stats token',
		tokenHint: 'The token is kept in this browser tab only and forgotten when the tab closes.',
		show: 'Show statistics',
		forget: 'Sign out',
		loading: 'Loading statistics…',
		unauthorized: 'The token is not right. Check it and type it again.',
		notConfigured:
			'The server has no stats token (STATS_TOKEN), so statistics cannot be shown. Ask the administrator to set it and restart the server.',
		failed: 'The statistics cannot be loaded right now. Check the network and try again.',
		needsScript: 'The statistics need JavaScript in your browser.',
		generatedAt: (time: string) => `As of ${time} (China Standard Time)`,
		visitorsHeading: 'Visitors',
		started: 'Started (at least one stamp)',
		halfWay: 'Half way (half the stamps)',
		finished: 'Finished (certificate issued)',
		people: 'People',
		measure: 'Measure',
		perStopHeading: 'Check-ins per stop',
		perDayHeading: 'Check-ins per stop per day',
		stop: 'Stop',
		day: 'Day',
		checkins: 'Check-ins',
		total: 'Total',
		empty: 'No check-ins yet.',
		unknownStop: (slug: string) => `Stop no longer on the route (${slug})`,
		tableScroll: 'The table scrolls sideways',
	},
	about: {
		title: 'About',
		societyHeading: 'The Zhuzhou Red Cross',
		planHeading: 'The plan',
		missionHeading: 'Mission and outlook',
		themesHeading: 'Four key words of “New-Quality Boai”',
		themes: [
			{
				name: 'New-quality fraternity',
				text: 'Social innovation as the mission: giving the humanitarian mission the wings of new-quality productive forces, to serve people better.',
			},
			{
				name: 'New-quality resources',
				text: 'Mobilising humanitarian resources through many channels, sustainably and lawfully.',
			},
			{
				name: 'New-quality momentum',
				text: 'Innovation in theory, practice and institutions, reshaping the Red Cross’s work as a whole.',
			},
			{
				name: 'New-quality spirit',
				text: 'Enriching the Red Cross spirit and weaving it into the city’s goals, character and civic life.',
			},
		],
		institutionsHeading: 'Partner institutions',
		institutionsEmpty: 'No partner institutions are listed yet.',
		website: 'Website',
		honestyHeading: 'About the data on this site',
		honestyPlan:
			'The goals and results on the home page, the milestones in the stories, and the named institutions and places come from the society’s five-year plan.',
		honestySample:
			'Where the plan gives no data — most of the outreach sites’ names and addresses, exact coordinates — the site shows invented examples marked “Sample data”. They are for demonstration only and are not real records.',
		honestyLocation:
			'For places marked “Approximate location and address, to be verified”, the plan gives only the name: their coordinates, district and address are the project’s estimates, which staff have yet to verify.',
		honestyPeriods:
			'The plan looks back on “the past five years” and ahead to “the next five years” without naming the years, so stories about either period show the period instead of a date.',
		honestyMedia: 'Images, 3D models and sounds on this site are made by the project.',
		contactHeading: 'Contact',
	},
	notFound: {
		title: 'Page not found',
		body: 'The page you are looking for does not exist. It may have been moved or removed.',
		home: 'Go to the home page',
	},
	errors: {
		title: 'Something went wrong',
		contentUnavailable: 'The content cannot be loaded right now. Please try again later.',
	},
	checkin: {
		errors: {
			invalid:
				'The check-in request is incomplete or malformed, so nothing was recorded. Reload the page and check in again.',
			bad_json:
				'The check-in request could not be read, so nothing was recorded. Reload the page and check in again.',
			bad_time:
				'Your phone’s clock is too far from the real time, or this check-in is more than 7 days old, so nothing was recorded. Check the date and time on your phone and check in again.',
			unsupported_media_type:
				'The check-in request is in a format the server does not accept, so nothing was recorded. Reload the page and check in again.',
			too_large:
				'The check-in request is too large, so nothing was recorded. Reload the page and check in again.',
			unknown_stop:
				'This stop is not on the check-in route, so nothing was recorded. Choose a stop from the route page.',
			too_far: (distance: string, allowed: string) =>
				`You are about ${distance} from the stop; a location check-in needs you within ${allowed}. Walk closer and try again, or scan the QR code on the stop’s poster.`,
			poor_accuracy: (accuracy: string) =>
				`Your phone’s position is only accurate to about ${accuracy} (it needs to be within 200 m). Move into the open, turn on precise location and try again, or scan the QR code on the stop’s poster.`,
			bad_token:
				'This QR code is not the one on this stop’s poster, or it has been altered, so nothing was recorded. Scan the QR code on the stop’s poster or type the code printed on it.',
			expired_token:
				'The QR code on this poster has expired, so nothing was recorded. Scan the stop’s new poster or ask staff for the current code.',
			bad_code:
				'That code is not right, so nothing was recorded. Check the 6-character code on the stop’s poster (capitals or not, it does not matter) and type it again.',
			expired_code:
				'That code has expired, so nothing was recorded. Use the code on the stop’s new poster or ask staff.',
			closed: (nextOpens: string | null) =>
				nextOpens
					? `The stop is closed now, so you cannot check in yet. It opens again ${nextOpens} (China time).`
					: 'The stop is closed now, so you cannot check in yet. Come back during its opening hours.',
			conflict:
				'This check-in’s id was already used by a different check-in, so nothing was recorded. Check in again.',
			rate_limited: (seconds: number) =>
				`Too many requests. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
			unauthorized: 'A valid statistics token is needed: send Authorization: Bearer <STATS_TOKEN>.',
			not_found:
				'No certificate has this id. Check that the link is complete: a certificate id with any character changed does not verify.',
			method_not_allowed:
				'This address does not take requests of this method; the Allow header lists the ones it takes.',
			qr_unavailable:
				'QR codes and typed codes are not set up on this site yet, so they cannot be used to check in. Check in with your location instead, or ask staff.',
			stats_unavailable: 'Statistics are not enabled: the server has no STATS_TOKEN.',
			unavailable:
				'The check-in service is unavailable right now, so this check-in was not recorded. Try again later.',
		},
		metres: (metres: number) =>
			metres >= 1000 ? `${(metres / 1000).toFixed(1)} km` : `${Math.round(metres)} m`,
		methods: {
			location: 'Location',
			qr: 'QR code',
			code: 'Typed code',
		},
		verify: {
			title: 'Certificate check',
			intro: 'Staff can check here whether a check-in route certificate was issued by this site.',
			genuine: 'Genuine: this certificate was issued by this site.',
			notGenuine: 'Not verified: this site has issued no certificate with this id.',
			notGenuineHint:
				'Check that the verification link or QR code on the certificate is complete. A certificate id with a single character changed does not verify.',
			certificateId: 'Certificate id',
			name: 'Name',
			noName: '(no name given)',
			nameNote: 'The name was typed by the visitor; this site does not check anyone’s identity.',
			issued: 'Issued',
			stamps: 'Stamps',
			stampCount: (n: number) => (n === 1 ? '1 stamp' : `${n} stamps`),
			stop: 'Stop',
			method: 'Method',
			date: 'Date',
			formerStop: '(a stop no longer on the route)',
			unavailable: 'Certificates cannot be looked up right now. Try again later.',
		},
	},
	feeds: {
		rssTitle: 'Zhuzhou Red Cross · Stories',
		rssDescription:
			'Stories of the Zhuzhou Red Cross: first aid, blood, stem-cell and organ donation, relief and humanitarian culture.',
		sampleCategory: 'Sample data',
		samplePrefix: '[Sample data] ',
	},
	share: {
		siteImageAlt: 'The red cross emblem of the Zhuzhou Red Cross',
		storyImageAlt: (title: string) => `Cover of the story “${title}”`,
	},
	search: {
		title: 'Search',
		navLabel: 'Search',
		intro:
			'Find stories, exhibits of the Red Medicine Museum, outreach sites and check-in stops. Chinese words work too, such as 献血 (blood donation) or 急救 (first aid).',
		label: 'Search for',
		button: 'Search',
		resultsOne: '1 result for “{query}”',
		resultsOther: '{count} results for “{query}”',
		none: 'Nothing was found for “{query}”. Try another word, or fewer words.',
		empty: 'Type what you are looking for.',
		unavailable:
			'Search cannot be used right now: its index did not load. Reload the page and try again.',
		kinds: {
			story: 'Story',
			exhibit: 'Exhibit',
			site: 'Outreach site',
			stop: 'Check-in stop',
		},
	},
};
