// Returns what is wrong with the page's layout at the current viewport width, one line per problem:
// the page wider than the window (and the elements that stick out), form controls whose boxes
// overlap, controls running out of their card or off the screen.
var problems = [];
var viewport = window.innerWidth;
// What a person can see of the page: the window less its vertical scroll bar.
var visibleWidth = document.documentElement.clientWidth;

function describe(el) {
    var name = el.tagName.toLowerCase();
    if (el.id) { name += '#' + el.id; }
    var cls = (typeof el.className === 'string' ? el.className : '').trim().split(/\s+/).filter(function (c) { return c; }).slice(0, 3);
    if (cls.length) { name += '.' + cls.join('.'); }
    var label = (el.getAttribute('aria-label') || el.value || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return label ? name + ' "' + label + '"' : name;
}

// Marks what is wrong, so a screenshot can be taken of it.
function mark(el) {
    if (!document.querySelector('[data-layout-problem]')) { el.setAttribute('data-layout-problem', 'first'); }
}

function visible(el) {
    var r = el.getBoundingClientRect();
    if (r.width < 3 || r.height < 3) { return false; }
    if (el.closest('.ui-helper-hidden-accessible, .ui-helper-hidden, .visually-hidden')) { return false; }
    return el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
}

// A scroll container (or clipping box) that fits the window keeps what sticks out of it inside it.
function clippedByScroller(el) {
    for (var a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        var overflow = getComputedStyle(a).overflowX;
        if ((overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden' || overflow === 'clip')
                && a.getBoundingClientRect().right <= viewport + 0.5) {
            return true;
        }
    }
    return false;
}

function sticksOut(el) {
    var r = el.getBoundingClientRect();
    return r.width > 0 && r.right > viewport + 0.5 && getComputedStyle(el).position !== 'fixed' && !clippedByScroller(el);
}

var scrollWidth = document.documentElement.scrollWidth;
if (scrollWidth > viewport) {
    var offenders = Array.from(document.body.querySelectorAll('*')).filter(function (el) {
        return sticksOut(el) && !(el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement));
    });
    if (!offenders.length) {
        // Absolutely positioned content escapes a scroll box that is not its containing block.
        offenders = Array.from(document.body.querySelectorAll('*')).filter(function (el) {
            var r = el.getBoundingClientRect();
            return r.width > 0 && r.right > viewport + 0.5;
        }).reverse();
    }
    problems.push('page is ' + scrollWidth + ' px wide in a ' + viewport + ' px window; sticking out: '
        + offenders.slice(0, 6).map(function (el) { return describe(el) + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + ')'; }).join(', '));
}

var selector = 'input:not([type=hidden]), select, textarea, button, a.ui-button, .ui-selectonemenu, .ui-selectcheckboxmenu, '
    + '.ui-datepicker, .ui-calendar, .ui-inputnumber, .ui-autocomplete, .ui-password, .ui-chkbox, .ui-radiobutton, .ui-texteditor';
var controls = Array.from(document.querySelectorAll(selector)).filter(visible);
// A wrapper and the input or trigger inside it are one control.
controls = controls.filter(function (el) {
    return !controls.some(function (other) { return other !== el && other.contains(el); });
});

for (var i = 0; i < controls.length; i++) {
    var a = controls[i].getBoundingClientRect();
    for (var j = i + 1; j < controls.length; j++) {
        var b = controls[j].getBoundingClientRect();
        var x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        var y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 1 && y > 1) {
            mark(controls[i]);
            problems.push('controls overlap: ' + describe(controls[i]) + ' and ' + describe(controls[j])
                + ' (' + Math.round(x) + ' x ' + Math.round(y) + ' px)');
        }
    }
    var card = controls[i].parentElement && controls[i].parentElement.closest(
        '.form, .card, .filter-bar, .workflow-panel, .facets, .proposal, .agenda-item, .answer-box, .ui-panel-content, .ui-dialog-content');
    if (card && !clippedByScroller(controls[i])) {
        var c = card.getBoundingClientRect();
        if (a.right > c.right + 1 || a.left < c.left - 1) {
            mark(controls[i]);
            problems.push('control runs out of its card: ' + describe(controls[i]) + ' (' + Math.round(a.left) + '..' + Math.round(a.right)
                + ') in ' + describe(card).replace(/ ".*$/, '') + ' (' + Math.round(c.left) + '..' + Math.round(c.right) + ')');
        }
    }
    if ((a.right > visibleWidth + 0.5 || a.left < -0.5) && !clippedByScroller(controls[i])) {
        mark(controls[i]);
        problems.push('control runs off the screen: ' + describe(controls[i]) + ' (' + Math.round(a.left) + '..' + Math.round(a.right) + ')');
    }
}
return problems;
