namespace AwsKoreaDashboard.Testing;

/// <summary>The app's rolling JSON log files, read while the app may still be writing them.</summary>
public static class LogFiles
{
    /// <summary>The rolling log files' text, once it holds <paramref name="expected"/> or after 15 s (a loaded machine flushes late).</summary>
    public static async Task<string> ReadAsync(string directory, string expected)
    {
        var text = "";
        for (var attempt = 0; attempt < 150 && !text.Contains(expected); attempt++)
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
