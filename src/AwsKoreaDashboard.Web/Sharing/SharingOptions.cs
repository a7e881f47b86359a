namespace AwsKoreaDashboard.Web.Sharing;

/// <summary>
/// The <c>Dashboard</c> settings that links leaving the site depend on, bound once and checked at start:
/// <c>Dashboard:PublicOrigin</c>, the site's public origin (<c>https://dashboard.example</c>). Unset, the
/// address the server listens on stands in (<see cref="PublicOrigin"/>).
/// </summary>
public sealed class SharingOptions
{
    public const string Section = "Dashboard";

    public string? PublicOrigin { get; set; }

    /// <summary>An origin and nothing more: http(s), a host, maybe a port; no path, query or fragment.</summary>
    public static bool IsOrigin(string? value) =>
        Uri.TryCreate(value?.TrimEnd('/'), UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0;
}
