// The national portal of today (era "today"): a client-rendered app. The header, the menus and the home page are
// built here after the page has loaded, from the session the page asks its server for (as the real portal's
// script does); until then the page is an empty shell.
(function () {
  'use strict';
  var header = document.getElementById('app-header');
  if (!header) { return; }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === 'text') { node.textContent = attrs[name]; } else { node.setAttribute(name, attrs[name]); }
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  function link(href, label, attrs) {
    var a = el('a', attrs || {});
    a.setAttribute('href', href);
    a.textContent = label;
    return a;
  }

  function menu(title, entries) {
    var list = el('ul', { 'class': 'menu-items' }, entries.map(function (e) { return el('li', {}, [link(e.href, e.label)]); }));
    return el('li', { 'class': 'menu' }, [el('span', { 'class': 'menu-title', text: title }), list]);
  }

  function render(session) {
    var actions = el('div', { 'class': 'header-actions' });
    if (session.signedIn) {
      var name = link('#', session.fullName, { id: 'user-name', 'class': 'user-name', role: 'button', 'aria-haspopup': 'true' });
      var dropdown = el('ul', { id: 'user-dropdown', 'class': 'user-dropdown' }, session.userMenu.map(function (e) {
        return el('li', {}, [link(e.href, e.label)]);
      }));
      name.addEventListener('click', function (event) { event.preventDefault(); dropdown.classList.toggle('open'); });
      document.addEventListener('click', function (event) {
        if (event.target !== name && !dropdown.contains(event.target)) { dropdown.classList.remove('open'); }
      });
      actions.appendChild(el('div', { 'class': 'user-menu' }, [name, dropdown]));
    } else {
      actions.appendChild(link(session.loginUrl, 'Đăng nhập', { id: session.loginId, 'class': 'btn btn-primary login-link' }));
    }
    var logo = link('/', '', { 'class': 'logo' });
    logo.appendChild(el('span', { 'class': 'logo-emblem', 'aria-hidden': 'true', text: '★' }));
    logo.appendChild(el('span', { 'class': 'logo-text' }, [
      el('span', { 'class': 'logo-title', text: 'CỔNG DỊCH VỤ CÔNG QUỐC GIA' }),
      el('span', { 'class': 'logo-subtitle', text: 'Kết nối, cung cấp thông tin và dịch vụ công mọi lúc, mọi nơi' })]));
    header.appendChild(el('div', { 'class': 'container' }, [logo, actions]));

    var nav = document.getElementById('app-nav');
    if (nav) {
      var menus = [menu('Thông tin và dịch vụ', session.servicesMenu)];
      if (session.signedIn) { menus.push(menu('Thông tin cá nhân', session.personalMenu)); }
      nav.appendChild(el('div', { 'class': 'container' }, [el('ul', {}, menus)]));
    }

    var main = document.getElementById('app-main');
    if (main && main.getAttribute('data-home') === 'true') {
      main.appendChild(el('section', { 'class': 'banner' }, [
        el('h1', { text: 'Cổng Dịch vụ công Quốc gia' }),
        el('p', { text: 'Kết nối, cung cấp thông tin và dịch vụ công mọi lúc, mọi nơi' })]));
      main.appendChild(el('section', { 'class': 'tiles' }, session.tiles.map(function (t) {
        var tile = el('a', { 'class': 'tile', href: t.href });
        tile.appendChild(el('span', { 'class': 'tile-icon', 'aria-hidden': 'true', text: t.icon }));
        tile.appendChild(el('span', { 'class': 'tile-label', text: t.label }));
        return tile;
      })));
    }
    document.body.setAttribute('data-rendered', 'true');
  }

  fetch(header.getAttribute('data-session'), { credentials: 'same-origin', cache: 'no-store' })
    .then(function (response) { return response.json(); })
    .then(render);
})();
