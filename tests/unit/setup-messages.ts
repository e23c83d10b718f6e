// Unit tests render components in either language on the server, outside any page's layout
// load: every locale's messages, as server code has them.
import '../../src/lib/i18n/all-messages';
