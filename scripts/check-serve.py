#!/usr/bin/env python3
"""The live workshop page in a real headless Chromium (Selenium + chromedriver).

Starts `siloscope serve` on the bank model in a fresh folder, opens the page in two
browsers (the facilitator's and a participant's), and in the first: moves the CRM team by
pointing (clicking it in the org chart, then Marketing), checks that the figures change
and that the second browser sees the change, saves the scenario, and checks that
`siloscope compare` on the saved file gives the same deltas as the page's state.
Screenshots go to OUT (default out/check-serve) for a person to look at.

Usage: scripts/check-serve.py SILOSCOPE_BINARY [OUT]
Exit 0: passed. 1: a check failed (listed). 2: setup problem (no browser, no driver).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUN = ["--runs", "6", "--cases", "2000", "--warmup", "200", "--seed", "3"]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("check-serve: FAIL: " + message, file=sys.stderr)
    return condition


def start_server(binary, folder):
    model = os.path.join(ROOT, "org-models", "bank.yaml")
    scenario = os.path.join(ROOT, "scenarios", "bank-crm-under-marketing.yaml")
    process = subprocess.Popen([binary, "serve", model, "--port", "0", "--first-runs", "2", "--scenario", scenario] + RUN,
                               cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    match = re.search(r"http://\S+", line)
    if not match:
        process.kill()
        print("check-serve: the server printed no address: " + line, file=sys.stderr)
        sys.exit(1)
    return process, match.group(0)


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1600,1300", "--no-first-run", "--disable-extensions"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        options.binary_location = chromium
    driver_path = shutil.which("chromedriver")
    service = Service(executable_path=driver_path) if driver_path else Service()
    return webdriver.Chrome(service=service, options=options)


def wait(driver, condition, what, seconds=120):
    from selenium.webdriver.support.ui import WebDriverWait
    try:
        return WebDriverWait(driver, seconds, poll_frequency=0.1).until(lambda d: condition(d))
    except Exception:
        check(False, "timed out waiting for " + what)
        return None


def text(driver, selector):
    from selenium.webdriver.common.by import By
    elements = driver.find_elements(By.CSS_SELECTOR, selector)
    return elements[0].text if elements else ""


def state_of(driver):
    return driver.execute_script("return state")


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join("out", "check-serve")
    os.makedirs(out, exist_ok=True)
    try:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.action_chains import ActionChains
    except ImportError:
        print("check-serve: selenium is not installed (scripts/setup.sh --browser installs it)", file=sys.stderr)
        return 2
    folder = tempfile.mkdtemp(prefix="check-serve-")
    server, url = start_server(binary, folder)
    drivers = []
    try:
        try:
            facilitator = browser()
            participant = browser()
        except Exception as error:
            print("check-serve: cannot start Chromium through chromedriver: %s" % error, file=sys.stderr)
            return 2
        drivers = [facilitator, participant]
        for driver in drivers:
            driver.get(url)
        complete = lambda d: d.execute_script("return state && state.status === 'complete' && state.diagrams.org !== undefined")
        wait(facilitator, complete, "today's figures and org chart")
        wait(facilitator, lambda d: d.find_elements(By.CSS_SELECTOR, "#diagram g.node[data-unit='crm_ekibi']"), "the org chart")
        before = text(facilitator, ".card[data-metric='resolution_minutes'] .value")
        check(before != "", "the resolution-minutes card shows today's figure")
        facilitator.save_screenshot(os.path.join(out, "serve-today.png"))

        # Move the CRM team by pointing: click it in the org chart, then its new parent.
        crm = facilitator.find_element(By.CSS_SELECTOR, "#diagram g.node[data-unit='crm_ekibi']")
        ActionChains(facilitator).move_to_element(crm).click().perform()
        check("crm_ekibi" in text(facilitator, "#save-result"), "clicking the CRM team picks it")
        marketing = facilitator.find_element(By.CSS_SELECTOR, "#diagram g.node[data-unit='gmy_pazarlama']")
        ActionChains(facilitator).move_to_element(marketing).click().perform()
        started = time.monotonic()
        first = wait(facilitator, lambda d: d.execute_script(
            "return state && state.version === 1 && state.progress.runs_done > 0"), "the first figures after the move", 30)
        if first:
            print("check-serve: first figures %.2f s after the click (debug or release binary, shared machine)"
                  % (time.monotonic() - started))
        facilitator.save_screenshot(os.path.join(out, "serve-first-step.png"))
        wait(facilitator, lambda d: d.execute_script("return state.version === 1 && state.status === 'complete'"),
             "every replication of the move")
        after = text(facilitator, ".card[data-metric='resolution_minutes'] .value")
        delta = text(facilitator, "#figures tr[data-metric='resolution_minutes'] td:last-child")
        check(after != before, "the resolution-minutes card changed (%r → %r)" % (before, after))
        check("[" in delta and "…" in delta, "the delta shows its 95 %% interval: %r" % delta)
        changes = text(facilitator, "#change-list")
        check("move_crm" in changes and "gmy_pazarlama" in changes, "the change list shows the move: %r" % changes)

        # The business case in money (the bank has an economics section): today's silo
        # cost and what the move saves, in lira.
        money = facilitator.find_element(By.ID, "business-case")
        facilitator.execute_script("arguments[0].scrollIntoView()", money)
        check("₺" in text(facilitator, "#silo-cost .value"), "today's silo cost is shown in lira")
        check("₺" in text(facilitator, "#saving .value"), "the move's annual saving is shown in lira")
        facilitator.save_screenshot(os.path.join(out, "serve-money.png"))
        facilitator.execute_script("window.scrollTo(0, 0)")

        # The participant's browser saw it without doing anything.
        seen = wait(participant, lambda d: d.execute_script(
            "return state && state.version === 1 && state.status === 'complete'"), "the participant's page to follow")
        if seen:
            check(text(participant, ".card[data-metric='resolution_minutes'] .value") == after,
                  "the participant sees the same figure")
        participant.save_screenshot(os.path.join(out, "serve-participant.png"))

        for view in ["before", "after", "heatmap"]:
            facilitator.find_element(By.CSS_SELECTOR, "#tabs button[data-view='%s']" % view).click()
            wait(facilitator, lambda d: d.find_elements(By.CSS_SELECTOR, "#diagram svg"), "the %s diagram" % view, 30)
            time.sleep(0.3)
            facilitator.save_screenshot(os.path.join(out, "serve-%s.png" % view))

        # Save as scenario, then compare must give the page's deltas.
        field = facilitator.find_element(By.ID, "save-file")
        field.clear()
        field.send_keys("browser-workshop.yaml")
        facilitator.find_element(By.ID, "save-button").click()
        saved = os.path.join(folder, "browser-workshop.yaml")
        wait(facilitator, lambda d: os.path.exists(saved) and "browser-workshop.yaml" in text(d, "#save-result"), "the saved file", 30)
        state = state_of(facilitator)
        if check(os.path.exists(saved), "the scenario file was written in the start folder"):
            result = subprocess.run([binary, "compare", os.path.join(ROOT, "org-models", "bank.yaml"), "--scenario", saved,
                                     "--format", "json"] + RUN, capture_output=True, text=True)
            check(result.returncode == 0, "compare reads the saved scenario: " + result.stderr[-500:])
            if result.returncode == 0:
                report = json.loads(result.stdout)
                compared = {m["metric"]: m.get("delta") for m in report["scenarios"][0]["metrics"]}
                page = {m["metric"]: (m.get("now") or {}).get("delta") for m in state["metrics"]}
                count = 0
                for name, expected in compared.items():
                    got = page.get(name)
                    if not expected or not got:
                        continue
                    for key in ["mean", "low", "high"]:
                        a, b = expected.get(key), got.get(key)
                        if isinstance(a, (int, float)) and isinstance(b, (int, float)):
                            count += 1
                            check(abs(a - b) <= 1e-9 * max(1.0, abs(a)), "%s.%s: compare %r, page %r" % (name, key, a, b))
                check(count >= 20, "compared %d delta bounds" % count)
                mean = compared["resolution_minutes"]["mean"]
                shown = ("%+.1f" % mean).replace("-", "")
                check(shown in delta.replace("−", "").replace("-", ""), "the page shows the delta %s in %r" % (shown, delta))
        # The page in Turkish.
        facilitator.find_element(By.ID, "lang-tr").click()
        check(text(facilitator, "#controls h2") == "Değişiklikler", "the TR button switches the page's words")
        check(text(facilitator, ".card[data-metric='resolution_minutes'] div") == "Vaka başına çözüm süresi",
              "figure names come in Turkish")
        facilitator.save_screenshot(os.path.join(out, "serve-tr.png"))
        for driver in drivers:
            severe = [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
            check(not severe, "no browser console errors: %s" % severe[:3])
    finally:
        for driver in drivers:
            driver.quit()
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)
    if failures:
        print("check-serve: %d check(s) failed" % len(failures), file=sys.stderr)
        return 1
    print("check-serve: the page loads, the CRM team moves by pointing, both browsers follow, and compare agrees; screenshots in " + out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
