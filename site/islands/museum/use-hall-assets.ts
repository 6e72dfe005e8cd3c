/**
 * The pictures and models of the hall on show: loaded when the hall is entered, with the
 * progress in the store, and disposed — GPU memory given back — when the visitor leaves it.
 */
import { useEffect, useState } from 'react';

import type { ViewHall } from '../../../src/museum/view-data.ts';
import {
	disposeModel,
	loadModel,
	loadPicture,
	warnModelFailed,
	type LoadedModel,
	type LoadedPicture,
} from './assets.ts';
import type { HallStore } from './store.ts';

export type Loaded<T> = T | 'failed';

export interface HallAssets {
	pictures: Record<string, Loaded<LoadedPicture>>;
	models: Record<string, Loaded<LoadedModel>>;
}

/** GPU memory of the pictures and models now loaded, in bytes (for the budget figures). */
export const liveTextureBytes = { current: 0 };

/** Loads `hall`'s assets at most `cap` pixels a side and frees them when the hall goes. */
export function useHallAssets(hall: ViewHall, cap: number, store: HallStore): HallAssets {
	const [assets, setAssets] = useState<HallAssets>({ pictures: {}, models: {} });

	useEffect(() => {
		let left = false;
		const pictures: LoadedPicture[] = [];
		const models: LoadedModel[] = [];
		const jobs = hall.exhibits.flatMap((exhibit) => [
			...(exhibit.picture ? [{ slug: exhibit.slug, kind: 'picture' as const }] : []),
			...(exhibit.model ? [{ slug: exhibit.slug, kind: 'model' as const }] : []),
		]);
		let done = 0;

		store.set((state) => ({
			loading: jobs.length > 0 ? { done: 0, total: jobs.length } : null,
			loadedHall: jobs.length > 0 ? null : hall.slug,
			failures: withoutHall(state.failures, hall),
		}));

		const settle = () => {
			if (left) return;
			done += 1;
			const all = done >= jobs.length;
			store.set({
				loading: all ? null : { done, total: jobs.length },
				loadedHall: all ? hall.slug : null,
			});
		};
		const fail = (slug: string, kind: 'picture' | 'model') => {
			if (left) return;
			store.set((state) => ({
				failures: {
					...state.failures,
					[slug]: { picture: false, model: false, ...state.failures[slug], [kind]: true },
				},
			}));
			setAssets((current) => ({
				...current,
				[kind === 'picture' ? 'pictures' : 'models']: {
					...current[kind === 'picture' ? 'pictures' : 'models'],
					[slug]: 'failed',
				},
			}));
		};

		for (const exhibit of hall.exhibits) {
			const { picture, model, slug } = exhibit;
			if (picture) {
				loadPicture(cap > 1024 ? picture.large : picture.small, cap)
					.then((loaded) => {
						if (left) return loaded.texture.dispose();
						pictures.push(loaded);
						liveTextureBytes.current += loaded.bytes;
						setAssets((current) => ({
							...current,
							pictures: { ...current.pictures, [slug]: loaded },
						}));
					})
					.catch(() => fail(slug, 'picture'))
					.finally(settle);
			}
			if (model) {
				loadModel(model.url, cap)
					.then((loaded) => {
						if (left) return disposeModel(loaded);
						models.push(loaded);
						liveTextureBytes.current += loaded.textureBytes;
						store.set((state) => ({
							animated: { ...state.animated, [slug]: loaded.animations.length > 0 },
						}));
						setAssets((current) => ({ ...current, models: { ...current.models, [slug]: loaded } }));
					})
					.catch((error: unknown) => {
						warnModelFailed(`${exhibit.title.text} (${slug})`, error);
						fail(slug, 'model');
					})
					.finally(settle);
			}
		}

		return () => {
			left = true;
			for (const loaded of pictures) {
				loaded.texture.dispose();
				liveTextureBytes.current -= loaded.bytes;
			}
			for (const loaded of models) {
				disposeModel(loaded);
				liveTextureBytes.current -= loaded.textureBytes;
			}
			setAssets({ pictures: {}, models: {} });
			store.set({ loading: null, loadedHall: null });
		};
	}, [hall, cap, store]);

	return assets;
}

function withoutHall(failures: Record<string, unknown>, hall: ViewHall) {
	const next = { ...failures };
	for (const exhibit of hall.exhibits) delete next[exhibit.slug];
	return next as ReturnType<HallStore['get']>['failures'];
}
