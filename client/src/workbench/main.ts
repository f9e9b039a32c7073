import '../styles/base.css';
import '../styles/frame.css';
import '../styles/controls.css';
import '../styles/workbench.css';
import { createApiClient } from '../api/api-client.ts';
import { byId, h } from '../ui/dom.ts';
import { IntakePage } from './intake-page.ts';
import { ReviewPage } from './review-page.ts';
import { routeOf } from './route.ts';
import { WriteAccess } from './write-access.ts';

const api = createApiClient();
const root = byId('workbench');
const live = byId('wb-live');
const access = new WriteAccess(sessionStorage, document.body);
const route = routeOf(location.pathname);
for (const link of document.querySelectorAll<HTMLAnchorElement>('.wb-nav a')) {
  if (link.pathname === location.pathname) link.setAttribute('aria-current', 'page');
}

if (route.page === 'new') new IntakePage(root, api, access).start();
else if (route.page === 'review') new ReviewPage(root, live, api, access, route.briefId).start();
else {
  root.append(
    h('h1', { class: 'wb-title' }, 'Nothing here'),
    h(
      'p',
      null,
      'The workbench has two pages: ',
      h('a', { href: '/briefs/new' }, 'Add a brief'),
      ' and the review.',
    ),
  );
}
