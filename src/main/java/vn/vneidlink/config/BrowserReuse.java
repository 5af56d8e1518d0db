package vn.vneidlink.config;

/** How scenarios get their browser ({@code vneidlink.browser.reuse}). */
public enum BrowserReuse {
    /**
     * One Chromium per thread, shared by the thread's scenarios one after the other, each in a fresh isolated context
     * (a browser context of its own) and still on its own mock portals. The default: a context costs about 0.1 s where
     * a Chromium costs about 0.5 s and most of a core while it starts.
     */
    THREAD,
    /** A fresh Chromium with a fresh profile per scenario, quit when it ends. */
    SCENARIO
}
