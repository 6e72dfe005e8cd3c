/**
 * Leaflet with leaflet.markercluster attached. Leaflet 1.x puts itself on `window.L` when it
 * loads, and the cluster plugin extends that global, so the plugin is imported after it.
 */
import L from 'leaflet';
import 'leaflet.markercluster';

// Cluster icons stay out of the keyboard order like the markers: the list is the keyboard
// path, and a hundred tab stops on a map help nobody.
L.MarkerCluster.mergeOptions({ keyboard: false });

export default L;
