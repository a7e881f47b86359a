using System.Diagnostics;
using System.Text.RegularExpressions;

namespace AwsKoreaDashboard.BrowserTests;

/// <summary>
/// Reads a PDF with poppler-utils (pdfinfo, pdftotext), a reader no one here wrote; tests/run.sh installs
/// them when missing.
/// </summary>
public static partial class PdfTools
{
    public static async Task<int> PageCountAsync(string pdfPath)
    {
        var info = await RunAsync("pdfinfo", pdfPath);
        var match = PagesLine().Match(info);
        return match.Success ? int.Parse(match.Groups[1].Value) : throw new InvalidOperationException($"pdfinfo gave no page count:\n{info}");
    }

    /// <summary>The text of each page, in order (pdftotext separates pages with a form feed).</summary>
    public static async Task<IReadOnlyList<string>> PageTextsAsync(string pdfPath)
    {
        var text = await RunAsync("pdftotext", "-enc", "UTF-8", pdfPath, "-");
        return text.Split('\f').SkipLast(1).ToList();
    }

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start: run tests/run.sh, which installs poppler-utils.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {await errors}");
        }

        return await output;
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
