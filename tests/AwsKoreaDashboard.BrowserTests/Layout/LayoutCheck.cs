using System.Text.Json;
using Microsoft.Playwright;

namespace AwsKoreaDashboard.BrowserTests.Layout;

/// <summary>One thing a person would see wrong: its kind (text-overlap, clipped, focus-clipped, …) and where.</summary>
public sealed record LayoutFinding(string Kind, string Message);

/// <summary>
/// Runs layout-check.js (this folder; evaluated through Playwright, never served by the site) in a page as
/// it is laid out now: overlapping text on the page and on its charts' canvases, clipped or ellipsised text,
/// content outside a slide's stage, sideways scrolling, and the keyboard focus indicator of every control.
/// </summary>
public static class LayoutCheck
{
    /// <summary>layout-check.js (layoutCheck.run, .exported), then layout-check.focus.js (layoutCheck.focus) on its helpers.</summary>
    internal static readonly string Script = string.Join(";\n", new[] { "layout-check.js", "layout-check.focus.js" }
        .Select(name => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Layout", name))));

    /// <summary>What charts.js redraws for the current size: every chart on a page (as for print), scrolled to or not.</summary>
    public const string DrawEveryChart = "() => window.dashboardCharts && window.dashboardCharts.drawEvery()";

    /// <summary>
    /// <see cref="DrawEveryChart"/> only while a chart on the page is not drawn yet (one below the fold): after a
    /// width change charts.js has already redrawn every drawn chart for the new size, so drawing them all again
    /// would repeat the same picture (a sixth of a walk's time).
    /// </summary>
    public const string DrawChartsNotYetDrawn =
        "() => window.dashboardCharts && [...document.querySelectorAll('.chart-card')].some((c) => c.dataset.rendered !== 'true') && window.dashboardCharts.drawEvery()";

    /// <summary>The page's findings at its current size; <paramref name="stages"/> selects slide stages to hold their content.</summary>
    public static async Task<IReadOnlyList<LayoutFinding>> RunAsync(IPage page, string? stages = null, bool focus = true, bool stageInWindow = true)
    {
        await LoadAsync(page);
        var findings = Read(await page.EvaluateAsync<JsonElement>("o => window.layoutCheck.run(o)", new { stages, stageInWindow }));
        if (focus)
        {
            // One real key press, so Chromium treats the focus that follows as keyboard focus (:focus-visible).
            await page.Keyboard.PressAsync("Tab");
            findings.AddRange(Read(await page.EvaluateAsync<JsonElement>("() => window.layoutCheck.focus()")));
        }

        return findings;
    }

    /// <summary>
    /// Evaluates <see cref="Script"/> in the page unless this document has it already: a page is checked at
    /// several sizes, and parsing the script again each time was about a tenth of a walk's time in the page.
    /// </summary>
    public static async Task LoadAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.layoutCheck?.focus === 'function'"))
        {
            await page.EvaluateAsync(Script);
        }
    }

    /// <summary>Waits until layout and the charts' resize observers have run: two animation frames.</summary>
    public static Task SettleAsync(IPage page) =>
        page.EvaluateAsync("() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))");

    private static List<LayoutFinding> Read(JsonElement array) =>
        array.EnumerateArray().Select(f => new LayoutFinding(f.GetProperty("kind").GetString()!, f.GetProperty("message").GetString()!)).ToList();
}
