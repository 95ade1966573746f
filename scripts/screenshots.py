#!/usr/bin/env python3
"""Signs in to a running Stride through the login form and saves screenshots of its pages.

Usage: python3 scripts/screenshots.py [BASE_URL] [OUT_DIR] [EMAIL] [PASSWORD] [PATH ...]
Needs: pip install selenium; apt-get install -y chromium chromium-driver.
"""
import sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
out = sys.argv[2] if len(sys.argv) > 2 else "screenshots"
email = sys.argv[3] if len(sys.argv) > 3 else "amara.okafor@demo.stride.example"
password = sys.argv[4] if len(sys.argv) > 4 else "stride-demo-2026"
paths = sys.argv[5:] or ["/", "/units", "/staff", "/workgroups", "/admin/accounts", "/admin/import-staff"]

import os
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
        for path in paths:
            driver.get(base + path)
            name = path.strip("/").replace("/", "-") or "home"
            total = driver.execute_script("return document.body.scrollHeight")
            driver.set_window_size(width, max(height, min(total + 100, 4000)))
            driver.save_screenshot(f"{out}/{name}-{tag}.png")
            driver.set_window_size(width, height)
    finally:
        driver.quit()
print("saved to", out)
