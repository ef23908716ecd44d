/*
 * The forward plan on a phone. PrimeFaces Schedule calls this (its "extender") before it draws the calendar: on a
 * screen too narrow for a month's grid, where a day's column cuts a meeting's name to a few letters, the plan opens on
 * the month's meetings as a list, each with its whole name. The grid is still a button away ("Month").
 */
function forwardPlanOnPhones() {
    if (window.matchMedia('(max-width: 40rem)').matches) {
        this.cfg.options.initialView = 'listMonth';
    }
}
