using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AwsKoreaDashboard.Testing;
using AwsKoreaDashboard.Web.Hosting.Caching;
using Microsoft.AspNetCore.Http;
using AwsKoreaDashboard.Web.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace AwsKoreaDashboard.IntegrationTests.Production;

public sealed class CachingTests : IDisposable
{
    private readonly DashboardApp _app = new();
    private readonly HttpClient _client;

    public CachingTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_reader_who_goes_away_mid_answer_is_not_an_error()
    {
        // A closed tab or a load tester stopping while the stored answer is written: the write is cancelled with the
        // request (seen in the benchmark's app log as "responded 500" with a stack trace). Over a real socket Kestrel
        // mostly finishes such a write silently, so the race is made certain here: the page cache as the app has it,
        // a request already aborted, and a response body that refuses a cancelled write as Kestrel's does.
        var cache = _app.Services.GetRequiredService<PageCache>();
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();
        await using var scope = _app.Services.CreateAsyncScope();
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = aborted.Token };
        context.Request.Method = "GET";
        context.Request.Path = "/ko/KRW/gone";
        context.Response.Body = new MemoryStream(); // WriteAsync with a cancelled token throws OperationCanceledException
        context.SetEndpoint(new Microsoft.AspNetCore.Routing.RouteEndpoint(
            _ => Task.CompletedTask, Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse("/ko/KRW/gone"), 0,
            new Microsoft.AspNetCore.Http.EndpointMetadataCollection(PageCache.Cacheable.Page), "a page"));

        await cache.InvokeAsync(context, c => c.Response.WriteAsync("<!doctype html><title>a page</title>"));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Contains("The reader went away before the answer to \"/ko/KRW/gone\" was sent", await _app.LogEvents.WaitForAsync("went away"));
    }

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
