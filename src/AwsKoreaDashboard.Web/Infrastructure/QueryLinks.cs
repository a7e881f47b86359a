using Microsoft.AspNetCore.Http.Extensions;

namespace AwsKoreaDashboard.Web.Infrastructure;

/// <summary>Links to the current page with one reader setting changed, keeping the others in the query.</summary>
public static class QueryLinks
{
    public static string With(HttpRequest request, string key, string value)
    {
        var query = new QueryBuilder(request.Query.Where(q => !string.Equals(q.Key, key, StringComparison.OrdinalIgnoreCase)))
        {
            { key, value },
        };
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
