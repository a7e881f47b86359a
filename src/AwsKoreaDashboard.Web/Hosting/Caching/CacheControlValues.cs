namespace AwsKoreaDashboard.Web.Hosting.Caching;

/// <summary>The Cache-Control of the responses that are not the page cache's (static assets bring their own).</summary>
public static class CacheControlValues
{
    /// <summary>
    /// <c>/</c> and every other redirect chosen by the reader's cookie or Accept-Language: one reader's answer.
    /// A shared cache keying it by <c>Vary: Accept-Language, Cookie</c> would keep one copy per header spelling
    /// at best, and a CDN that ignores Vary would send everyone to the first reader's language; so nobody keeps
    /// it. It costs one small redirect from the origin per visit to <c>/</c>, never a page render.
    /// </summary>
    public const string ReaderRedirect = "private, no-store";
}
