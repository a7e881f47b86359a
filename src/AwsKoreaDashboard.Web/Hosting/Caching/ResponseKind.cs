namespace AwsKoreaDashboard.Web.Hosting.Caching;

/// <summary>The kinds of stored response, each with its own lifetime in a shared cache.</summary>
public enum ResponseKind
{
    Page,
    Download,
    Api,
    NotFound,
}
