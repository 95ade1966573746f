#!/usr/bin/env python3
"""Signs in to a running Stride through the login form and saves screenshots of its pages.

Usage: python3 scripts/screenshots.py [BASE_URL] [OUT_DIR] [EMAIL] [PASSWORD] [PATH ...]
Needs: pip install selenium; apt-get install -y chromium chromium-driver.

Without PATHs it takes the main pages, and follows the first link of each kind it finds (a unit,
a profile, a workgroup, a framework, a skill and the edit forms) so pages with ids are covered
on any database.
"""
import os
import sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
out = sys.argv[2] if len(sys.argv) > 2 else "screenshots"
email = sys.argv[3] if len(sys.argv) > 3 else "amara.okafor@demo.stride.example"
password = sys.argv[4] if len(sys.argv) > 4 else "stride-demo-2026"
paths = sys.argv[5:]

# (page to look on, link prefix to follow, name of the screenshot)
FOLLOW = [
    ("/units", "/units/", "unit"),
    ("/staff", "/staff/", "profile"),
    ("/workgroups", "/workgroups/", "workgroup"),
    ("/frameworks", "/frameworks/", "framework"),
    ("/appraisal", "/appraisal/forms/", "form"),
]
MAIN = ["/", "/appraisal", "/team", "/reports-board", "/reports-board/rating-practice", "/admin/cycle-policies", "/admin/cycle-policies/probation", "/units", "/staff", "/staff?q=zz-nobody", "/workgroups", "/frameworks", "/admin/accounts",
        "/admin/import-staff", "/frameworks/import", "/staff/new", "/units/new", "/workgroups/new", "/account/password"]


def first_link(driver, page, prefix):
    driver.get(base + page)
    for anchor in driver.find_elements(By.CSS_SELECTOR, f"main a[href^='{prefix}']"):
        href = anchor.get_attribute("href").replace(base, "")
        if href.rstrip("/") != prefix.rstrip("/") and not href.endswith(("/new", "/import")) and "?" not in href:
            return href
    return None


def discover(driver):
    found = []
    for page, prefix, name in FOLLOW:
        href = first_link(driver, page, prefix)
        if href:
            found.append((href, name))
            if name in ("unit", "profile", "workgroup", "form"):
                found.append((href + "/edit", name + "-edit"))
            if name == "form":
                found.append((href + "/print", name + "-print"))
            if name == "framework":
                skill = first_link(driver, href, href + "/skills/")
                if skill:
                    found.append((skill, "skill"))
    return found


def shoot(driver, path, name, width, height, tag):
    driver.get(base + path)
    total = driver.execute_script("return document.body.scrollHeight")
    driver.set_window_size(width, max(height, min(total + 100, 6000)))
    driver.save_screenshot(f"{out}/{name}-{tag}.png")
    driver.set_window_size(width, height)


os.makedirs(out, exist_ok=True)
for width, height, tag in [(1280, 900, "desktop"), (390, 844, "phone")]:
    options = webdriver.ChromeOptions()
    for arg in ["--headless", "--no-sandbox", "--disable-gpu", f"--window-size={width},{height}"]:
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.get(base + "/login")
        driver.save_screenshot(f"{out}/login-{tag}.png")
        driver.find_element(By.ID, "email").send_keys(email)
        driver.find_element(By.ID, "password").send_keys(password)
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        # Signing in hashes the password (a second on a debug build): wait for it before moving on.
        WebDriverWait(driver, 30).until(lambda d: "/login" not in d.current_url)
        targets = [(p, p.strip("/").replace("/", "-").replace("?", "-").replace("=", "-") or "home") for p in (paths or MAIN)]
        if not paths:
            targets += discover(driver)
        for path, name in targets:
            shoot(driver, path, name, width, height, tag)
    finally:
        driver.quit()
print("saved to", out)
