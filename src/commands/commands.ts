/** Ribbon function file. The ribbon button opens the task pane (ShowTaskpane); no function commands yet. */
Office.onReady(() => {
  // Nothing to register: the only ribbon control is the ShowTaskpane button.
});
