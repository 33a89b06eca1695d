// Keyboard helpers shared by the page's browser tests (not a test file itself: only *.browser.js are run).

/**
 * From the top of the page, presses Tab (Enter on the skip link "skip-to-findings") until the focus is in a finding of
 * the findings list, at most `maxPresses` times. Returns how many presses it took and whether a finding was reached.
 */
async function tabToFirstFinding(page, maxPresses = 5) {
  // From the top of the page: a click on its empty top-left corner moves the sequential focus start there.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.click(2, 2);
  let presses = 0;
  let inFindings = false;
  while (presses < maxPresses && !inFindings) {
    await page.keyboard.press("Tab");
    presses++;
    const onSkip = await page.evaluate(
      () => document.activeElement?.getAttribute("data-testid") === "skip-to-findings",
    );
    if (onSkip) await page.keyboard.press("Enter");
    inFindings = await page.evaluate(() => Boolean(document.activeElement?.closest("[data-testid=file-findings] li")));
  }
  return { presses, inFindings };
}

module.exports = { tabToFirstFinding };
