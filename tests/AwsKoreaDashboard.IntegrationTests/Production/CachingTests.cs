using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AwsKoreaDashboard.Testing;
using AwsKoreaDashboard.Web.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace AwsKoreaDashboard.IntegrationTests.Production;

public sealed class CachingTests : IDisposable
{
    private readonly DashboardApp _app = new();
    private readonly HttpClient _client;

    public CachingTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/ko/KRW/")]
    [InlineData("/api/figures")]
    [InlineData("/ko/KRW/charts/annual-pace")]
    public async Task A_page_carries_an_etag_and_a_repeat_request_with_it_gets_304(string url)
    {
        var first = await _client.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag!);
        var second = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_are_compressed(string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/ko/KRW/");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        var response = await _client.SendAsync(request);

        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task A_seed_that_changes_the_data_replaces_cached_pages()
    {
        // Both cached first: the page (twice, so the second is a cache hit) and the API.
        Assert.Equal(12300, await JobsAsync());
        await _client.GetStringAsync("/ko/KRW/");
        var cached = await _client.GetAsync("/ko/KRW/");
        Assert.True(cached.IsPageCacheHit());
        Assert.Contains("연 1만 2,300명", await cached.Content.ReadAsStringAsync());

        _app.Data.EditFigure("jobs-per-year", f => f["value"] = 12400);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DashboardSeeder>().SeedAsync(DataSetLoader.Load(_app.Data.Path).DataSet!);
        }

        Assert.Equal(12400, await JobsAsync());
        var fresh = await _client.GetStringAsync("/ko/KRW/");
        Assert.Contains("연 1만 2,400명", fresh);
        Assert.DoesNotContain("연 1만 2,300명", fresh);
    }

    private async Task<double> JobsAsync() =>
        JsonDocument.Parse(await _client.GetStringAsync("/api/figures/jobs-per-year")).RootElement.GetProperty("value").GetDouble();
}
