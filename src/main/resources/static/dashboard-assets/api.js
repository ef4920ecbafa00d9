/* What the app's pages share for talking to its API: JSON reads with the session, and the header with Spring
   Security's CSRF token (from the page's meta tags) that every state-changing call needs. */
(function () {
  'use strict';

  function csrfHeaders() {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? {[header.content]: token.content} : {};
  }

  async function getJson(path) {
    const response = await fetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (!response.ok) {
      throw new Error(path + ' answered ' + response.status);
    }
    return response.json();
  }

  window.triageApi = {csrfHeaders, getJson};
})();
