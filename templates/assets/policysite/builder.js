/*
 * policysite policy builder. The page embeds every pre-built variant of one policy (computed in Java)
 * as <script type="application/json">; this script only picks the variant for the ticked features and
 * puts the user's values into its string values (parse, walk, stringify: never text concatenation).
 * Values are refused by the same rules and patterns the CLI uses (shipped in the data), so a value
 * such as "*" can never widen a policy. Works from file://: no fetch, no libraries.
 * Exposes one global, policysiteBuilder ({check, fill, variantFor, fileName}), for tests.
 */
(function (root) {
  'use strict';

  /** Why `value` is refused for `placeholder`, or null. An empty value is "not filled in yet", not an error. */
  function check(placeholder, value, unsafe) {
    if (value === '') {
      return null;
    }
    for (const rule of unsafe) {
      if (new RegExp(rule.regex, 'u').test(value)) {
        return rule.reason;
      }
    }
    if (!new RegExp('^(?:' + placeholder.pattern + ')$', 'u').test(value)) {
      return 'it does not match ' + placeholder.pattern;
    }
    return null;
  }

  /** A copy of `node` with each [NAME] token in its string values replaced by values[NAME], if given. */
  function fill(node, values) {
    if (typeof node === 'string') {
      return node.replace(/\[([A-Z][A-Z0-9_]*)\]/g, function (token, name) {
        return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : token;
      });
    }
    if (Array.isArray(node)) {
      return node.map(function (item) { return fill(item, values); });
    }
    if (node !== null && typeof node === 'object') {
      const out = {};
      for (const key of Object.keys(node)) {
        out[key] = fill(node[key], values);
      }
      return out;
    }
    return node;
  }

  /** The variant entry for the ticked feature ids (any order); keys list ids in declaration order. */
  function variantFor(data, ticked) {
    const key = data.features.map(function (f) { return f.id; })
      .filter(function (id) { return ticked.indexOf(id) >= 0; }).join('+');
    return data.variants[key];
  }

  /** Download name: <policy>.json for the default variant, <policy>-<variant>.json otherwise. */
  function fileName(data, variant) {
    return data.policy + (variant.name === 'default' ? '' : '-' + variant.name) + '.json';
  }

  /** Sets a live region's text only when it changes, so screen readers do not repeat it on every key. */
  function say(region, text) {
    if (region.textContent !== text) {
      region.textContent = text;
    }
  }

  function start(form) {
    const data = JSON.parse(document.getElementById(form.getAttribute('data-policy-builder')).textContent);
    const page = form.parentNode;
    const output = page.querySelector('[data-role="output"]');
    const status = page.querySelector('[data-role="status"]');
    const copyButton = page.querySelector('[data-action="copy"]');
    const downloadButton = page.querySelector('[data-action="download"]');
    let current = null;

    function update() {
      const ticked = Array.from(form.querySelectorAll('input[name="feature"]:checked')).map(function (i) { return i.value; });
      const variant = variantFor(data, ticked);
      const values = {};
      let invalid = 0;
      let open = 0;
      for (const p of data.placeholders) {
        const input = form.querySelector('#value-' + p.name);
        const error = form.querySelector('#value-' + p.name + '-error');
        const problem = check(p, input.value, data.unsafe);
        input.setAttribute('aria-invalid', problem ? 'true' : 'false');
        say(error, problem ? p.name + ': ' + problem + '; give one value like ' + p.example : '');
        if (problem) {
          invalid++;
        } else if (input.value === '') {
          open++;
        } else {
          values[p.name] = input.value;
        }
      }
      current = { text: JSON.stringify(fill(variant.policy, values), null, 4), name: fileName(data, variant) };
      output.textContent = current.text;
      copyButton.disabled = invalid > 0;
      downloadButton.disabled = invalid > 0;
      downloadButton.textContent = 'Download ' + current.name;
      say(status, invalid > 0 ? 'Fix the values marked above to copy or download.'
        : open > 0 ? open + ' placeholder(s) still to fill in.' : '');
    }

    copyButton.addEventListener('click', function () {
      const done = function () { status.textContent = 'Copied.'; };
      const byHand = function () {
        const range = document.createRange();
        range.selectNodeContents(output);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        status.textContent = document.execCommand('copy') ? 'Copied.' : 'Selected: copy it with your keyboard.';
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(current.text).then(done, byHand);
      } else {
        byHand();
      }
    });

    downloadButton.addEventListener('click', function () {
      const url = URL.createObjectURL(new Blob([current.text + '\n'], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = current.name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 0);
    });

    form.addEventListener('submit', function (event) { event.preventDefault(); });
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    page.querySelector('[data-role="actions"]').hidden = false;
    update();
  }

  const api = { check: check, fill: fill, variantFor: variantFor, fileName: fileName };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
    return;
  }
  root.policysiteBuilder = api;
  const begin = function () {
    document.querySelectorAll('form[data-policy-builder]').forEach(start);
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', begin);
  } else {
    begin();
  }
})(typeof window !== 'undefined' ? window : globalThis);
