namespace AwsKoreaDashboard.Testing;

/// <summary>The app's rolling JSON log files, read while the app may still be writing them.</summary>
public static class LogFiles
{
    /// <summary>
    /// The rolling log files' text, once it holds <paramref name="expected"/> or after 45 s: the shared file sink waits for
    /// its cross-process lock before it writes, which on a loaded machine running many hosts can take many seconds.
    /// </summary>
    public static async Task<string> ReadAsync(string directory, string expected)
    {
        var text = "";
        for (var attempt = 0; attempt < 450 && !text.Contains(expected); attempt++)
        {
            await Task.Delay(attempt == 0 ? 0 : 100);
            text = Directory.Exists(directory)
                ? string.Join("\n", Directory.GetFiles(directory, "dashboard-*.json").Select(f =>
                {
                    using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                    return new StreamReader(stream).ReadToEnd();
                }))
                : "";
        }

        return text;
    }
}
