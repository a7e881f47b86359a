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

    /// <summary>
    /// One cell of the matrix, as the page is now: waits for layout and the charts' resize handling, draws the
    /// charts not drawn yet when <paramref name="drawCharts"/> (and waits again), and returns the layout check's
    /// findings and, with <paramref name="focus"/>, the keyboard focus check's; in one call into the page, where
    /// the same steps one by one took seven (about a sixth of a walk's processor time went to the calls: the test
    /// host, Playwright's driver and the browser process passing them on). The focus check needs one real key
    /// press in the document (Chromium then shows :focus-visible for programmatic focus too, as for the keyboard):
    /// Tab is pressed before the first focus check of each document, not at every size.
    /// </summary>
    public static async Task<IReadOnlyList<LayoutFinding>> CheckAsync(IPage page, string? stages = null, bool focus = true, bool stageInWindow = true, bool drawCharts = false)
    {
        var options = new { stages, stageInWindow, focus, drawCharts };
        var result = await page.EvaluateAsync<JsonElement>("o => window.layoutCheck?.cell ? window.layoutCheck.cell(o) : null", options);
        if (result.ValueKind == JsonValueKind.Null)
        {
            await page.EvaluateAsync(Script);
            result = await page.EvaluateAsync<JsonElement>("o => window.layoutCheck.cell(o)", options);
        }

        var findings = Read(result.GetProperty("findings"));
        if (result.GetProperty("needsKey").GetBoolean())
        {
            await page.Keyboard.PressAsync("Tab");
            findings.AddRange(Read(await page.EvaluateAsync<JsonElement>("() => { window.layoutCheck.keyPressed = true; return window.layoutCheck.focus(); }")));
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

    /// <summary>The findings layout-check.js returns (an array of { kind, message }), as records.</summary>
    internal static List<LayoutFinding> Read(JsonElement array) =>
        array.EnumerateArray().Select(f => new LayoutFinding(f.GetProperty("kind").GetString()!, f.GetProperty("message").GetString()!)).ToList();
}
