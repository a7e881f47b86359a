
namespace AwsKoreaDashboard.Testing;

/// <summary>Whether a response came from the app's own page cache (it says so in <see cref="PageCache.StatusHeader"/>).</summary>
public static class PageCacheResponses
{
    public static bool IsPageCacheHit(this HttpResponseMessage response) =>
        response.Headers.TryGetValues(PageCache.StatusHeader, out var values) && values.Contains("hit");
}
