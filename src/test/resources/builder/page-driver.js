// Runs builder.js against the real rendered builder page, in Node, with a minimal stand-in DOM (no
// browser needed): the page arrives as a JSON element tree made by jsoup. Prints what the page shows
// after a scripted sequence of user actions, as JSON. Used by BuilderPageScriptTest.
'use strict';
const fs = require('fs');
const vm = require('vm');
const [builderPath, pagePath] = process.argv.slice(2);

class El {
  constructor(node) {
    this.tag = node.tag;
    this.attrs = node.attrs;
    this.handlers = {};
    this.parentNode = null;
    this.value = node.attrs.value || '';
    this.checked = 'checked' in node.attrs;
    this.disabled = 'disabled' in node.attrs;
    this.hidden = 'hidden' in node.attrs;
    this.textContent = node.text;
    this.children = node.children.map((c) => { const e = new El(c); e.parentNode = this; return e; });
  }
  get id() { return this.attrs.id; }
  getAttribute(n) { return n in this.attrs ? this.attrs[n] : null; }
  setAttribute(n, v) { this.attrs[n] = String(v); }
  addEventListener(type, f) { (this.handlers[type] = this.handlers[type] || []).push(f); }
  dispatch(type) {
    for (let e = this; e; e = e.parentNode) (e.handlers[type] || []).forEach((f) => f({ target: this, preventDefault() {} }));
  }
  descendants() { return this.children.flatMap((c) => [c, ...c.descendants()]); }
  matches(sel) {
    let m;
    if ((m = /^#([\w-]+)$/.exec(sel))) return this.id === m[1];
    if (/^\w+$/.test(sel)) return this.tag === sel;
    if ((m = /^(\w+)?\[([\w-]+)(?:="([^"]*)")?\](:checked)?$/.exec(sel))) {
      return (!m[1] || this.tag === m[1]) && m[2] in this.attrs && (m[3] === undefined || this.attrs[m[2]] === m[3])
        && (!m[4] || this.checked);
    }
    throw new Error('selector not supported by the stand-in DOM: ' + sel);
  }
  querySelector(sel) { return this.descendants().find((e) => e.matches(sel)) || null; }
  querySelectorAll(sel) { return this.descendants().filter((e) => e.matches(sel)); }
}

const root = new El(JSON.parse(fs.readFileSync(pagePath, 'utf8')));
const body = root.querySelector('body') || root;
global.window = global;
global.document = {
  readyState: 'complete', body,
  getElementById: (id) => root.querySelector('#' + id),
  querySelectorAll: (sel) => root.querySelectorAll(sel),
  addEventListener() {},
};
const before = new Set(Object.keys(global));
vm.runInThisContext(fs.readFileSync(builderPath, 'utf8'), { filename: 'builder.js' });
const added = Object.keys(global).filter((k) => !before.has(k));

const byId = (id) => root.querySelector('#' + id);
const snapshot = () => ({
  output: root.querySelector('[data-role="output"]').textContent,
  status: root.querySelector('[data-role="status"]').textContent,
  download: root.querySelector('[data-action="download"]').textContent,
  downloadDisabled: root.querySelector('[data-action="download"]').disabled,
  copyDisabled: root.querySelector('[data-action="copy"]').disabled,
  actionsHidden: root.querySelector('[data-role="actions"]').hidden,
  vpcError: byId('value-VPC_ID-error').textContent,
  vpcInvalid: byId('value-VPC_ID').getAttribute('aria-invalid'),
});
const steps = { globals: added, start: snapshot() };
const vpc = byId('value-VPC_ID');
vpc.value = '*';
vpc.dispatch('input');
steps.star = snapshot();
vpc.value = 'vpc-0a1b2c3d4e5f67890';
vpc.dispatch('input');
byId('feature-backup').checked = false;
byId('feature-backup').dispatch('change');
byId('feature-load-balancers').checked = true;
byId('feature-load-balancers').dispatch('change');
steps.chosen = snapshot();
process.stdout.write(JSON.stringify(steps));
