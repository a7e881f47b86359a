namespace AwsKoreaDashboard.Web.Hosting;

/// <summary>The files MapStaticAssets serves (fingerprinted, precompressed, with their own ETags).</summary>
public static class StaticAssets
{
    public static bool IsStaticAsset(PathString path) =>
        path.StartsWithSegments("/lib") || path.StartsWithSegments("/css") || path.StartsWithSegments("/js")
        || (path.Value?.StartsWith("/favicon", StringComparison.Ordinal) ?? false);
}
