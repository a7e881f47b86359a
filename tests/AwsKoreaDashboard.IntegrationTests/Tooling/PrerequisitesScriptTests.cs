using System.Diagnostics;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Tooling;

/// <summary>
/// tests/prerequisites.sh, which tests/run.sh runs first: quiet and installing nothing when everything is there
/// (run.sh has just made sure of that), and a clear stop without root and sudo.
/// </summary>
public sealed class PrerequisitesScriptTests
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "tests", "prerequisites.sh");

    [Fact]
    public async Task With_everything_installed_it_installs_nothing_run_after_run()
    {
        // Twenty runs: the old font check failed about one run in two under pipefail (SIGPIPE) and reinstalled.
        for (var run = 0; run < 20; run++)
        {
            // As from a terminal: .NET ignores SIGPIPE and its children inherit that, which would hide the race.
            var (exitCode, output) = await RunAsync("env", "--default-signal=PIPE", "bash", Script);

            Assert.True(exitCode == 0 && output.Length == 0, $"run {run + 1}: exit {exitCode}, said: {output}");
        }
    }

    [Fact]
    public async Task Without_root_and_without_sudo_it_names_what_is_missing_and_stops()
    {
        // A user who is not root, with a PATH that has a shell and fontconfig but no sudo, npm, java, rsvg-convert,
        // pdftoppm or soffice: what a bare machine looks like to the script.
        using var temp = new TempDirectory();
        var bin = temp.Combine("bin");
        Directory.CreateDirectory(bin);
        foreach (var tool in new[] { "/usr/bin/bash", "/usr/bin/id", "/usr/bin/fc-list" })
        {
            File.CreateSymbolicLink(Path.Combine(bin, Path.GetFileName(tool)), tool);
        }

        // A copy of the script that the user nobody can read: the clone may sit in a folder only its owner can enter (mktemp -d).
        var script = temp.Combine("prerequisites.sh");
        File.Copy(Script, script);

        var (exitCode, output) = await RunAsync("runuser", "-u", "nobody", "--", "/usr/bin/env", "-i", $"PATH={bin}", "HOME=/tmp", "bash", script);

        Assert.Equal(1, exitCode);
        // Everything the PATH lacks is named (the OCR language files are found where apt puts them, without a PATH).
        foreach (var package in new[] { "nodejs", "npm", "librsvg2-bin", "poppler-utils", "tesseract-ocr", "default-jre-headless", "libreoffice-impress-nogui" })
        {
            Assert.Contains($" {package}", output);
        }
        Assert.Contains("not running as root and sudo is not available", output);
        Assert.DoesNotContain("Installing", output);
        // The commands it gives install what the script itself would: LibreOffice without its recommends (about 600 MB).
        Assert.Matches(@"(?m)^  apt-get install -y --no-install-recommends .*\blibreoffice-impress-nogui\b", output);
        Assert.DoesNotMatch(@"(?m)^  apt-get install -y (?!--no-install-recommends).*\blibreoffice-impress-nogui\b", output);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await output + await error).Trim());
    }
}
