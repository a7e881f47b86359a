using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Pages;

/// <summary>Briefing mode as the server renders it, before present.js runs.</summary>
public sealed class PresentPageTests : IDisposable
{
    private readonly DashboardApp _app = new();
    private readonly HttpClient _client;

    public PresentPageTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/ko/KRW/present")]
    [InlineData("/en/USD/present/presenter")]
    public async Task The_server_renders_the_same_page_whatever_the_script_only_autoplay_and_minutes_say(string path)
    {
        var plain = await _client.GetStringAsync(path);
        var withScriptParameters = await _client.GetStringAsync($"{path}?autoplay=5&minutes=20");

        Assert.Equal(plain, withScriptParameters);
        Assert.DoesNotContain("autoplay=", plain);
        Assert.DoesNotContain("minutes=", plain);
    }
}
