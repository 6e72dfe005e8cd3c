/**
 * Whether content images and files reach browsers through the site (`/media/sanity/…`) or
 * straight from Sanity's CDN. In mainland China Sanity's hosts may be slow or unreachable,
 * so by default the server fetches and caches them; a deployment elsewhere can turn the
 * proxy off with SANITY_ASSET_PROXY=off.
 */

/** The proxy's settings for one process. */
export interface AssetProxySettings {
	/** Whether content assets are served by the site. */
	enabled: boolean;
	/** The CDN's origin (`https://cdn.sanity.io`, or a stand-in in tests). */
	cdnOrigin: string;
	/** Origins browsers load content assets from besides the site: none when proxied. */
	browserOrigins: string[];
	/** What the image URL builder puts before `/images/<project>/<dataset>/…`. */
	imageBaseUrl: string;
	/** Problems with the settings, to log once. */
	warnings: string[];
}

/** The site path the proxy answers under. */
export const proxyPrefix = '/media/sanity';

export const defaultCdnOrigin = 'https://cdn.sanity.io';

const off = new Set(['off', 'false', '0', 'no']);
const on = new Set(['', 'on', 'true', '1', 'yes']);

/** The settings from SANITY_ASSET_PROXY and SANITY_CDN_URL, for a Sanity source or not. */
export function resolveAssetProxy(
	env: { SANITY_ASSET_PROXY?: string | undefined; SANITY_CDN_URL?: string | undefined },
	sanityMode: boolean,
): AssetProxySettings {
	const warnings: string[] = [];
	const asked = (env.SANITY_ASSET_PROXY ?? '').trim().toLowerCase();
	if (!off.has(asked) && !on.has(asked)) {
		warnings.push(
			`SANITY_ASSET_PROXY is "${env.SANITY_ASSET_PROXY}", which is neither on nor off: the proxy stays on. Set it to off to let browsers load images from Sanity's CDN.`,
		);
	}

	const cdnOrigin = originOf(env.SANITY_CDN_URL, warnings);
	const enabled = sanityMode && !off.has(asked);

	return {
		enabled,
		cdnOrigin,
		browserOrigins: sanityMode && !enabled ? [cdnOrigin] : [],
		imageBaseUrl: enabled ? proxyPrefix : cdnOrigin,
		warnings,
	};
}

/**
 * The address browsers use for a Sanity file URL (`https://cdn.sanity.io/files/…`): through
 * the proxy when it is on; any other URL (the bundled dataset's `/media/…`) as it is.
 */
export function browserFileUrl(url: string, settings: AssetProxySettings): string {
	if (!settings.enabled) return url;

	const parsed = URL.parse(url);
	if (!parsed || parsed.origin !== settings.cdnOrigin || !parsed.pathname.startsWith('/files/')) {
		return url;
	}
	return `${proxyPrefix}${parsed.pathname}${parsed.search}`;
}

function originOf(value: string | undefined, warnings: string[]): string {
	const trimmed = value?.trim() ?? '';
	if (trimmed === '') return defaultCdnOrigin;

	const parsed = URL.parse(trimmed);
	if (parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:')) return parsed.origin;

	warnings.push(
		`SANITY_CDN_URL is "${value}", which is not an http(s) address: ${defaultCdnOrigin} is used.`,
	);
	return defaultCdnOrigin;
}
