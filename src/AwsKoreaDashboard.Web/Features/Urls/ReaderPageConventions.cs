namespace AwsKoreaDashboard.Web.Features.Urls;

/// <summary>Where the Razor pages live: every page under the reader prefix, at a lower-case address.</summary>
public static class ReaderPageConventions
{
    /// <summary>
    /// Every page lives under the reader prefix (<c>/{lang}/{currency}/charts/{key}</c>) and may be stored; the
    /// not-found page is stored once per language; the error page has no address of its own and is never stored.
    /// </summary>
    public static void AddReaderPageConventions(this Microsoft.AspNetCore.Mvc.ApplicationModels.PageConventionCollection conventions)
    {
        conventions.AddFolderRouteModelConvention("/", model =>
        {
            if (model.ViewEnginePath is "/NotFound" or "/Error")
            {
                return;
            }

            foreach (var selector in model.Selectors.Where(s => s.AttributeRouteModel is not null))
            {
                var route = selector.AttributeRouteModel!;
                // "/Index" and "/Figures/Index" are spellings of "/" and "/figures": not addresses of their own.
                route.SuppressPathMatching |= route.Template?.EndsWith("Index", StringComparison.Ordinal) == true;
                route.Template = Microsoft.AspNetCore.Mvc.ApplicationModels.AttributeRouteModel.CombineTemplates(ReaderUrls.RoutePrefix, LowerFirstSegment(route.Template));
            }
        });
        conventions.AddFolderApplicationModelConvention("/", model =>
        {
            if (model.ViewEnginePath != "/Error")
            {
                model.EndpointMetadata.Add(model.ViewEnginePath == "/NotFound" ? PageCache.Cacheable.NotFound : PageCache.Cacheable.Page);
            }
        });
    }

    /// <summary>
    /// Page folders are capitalised (Figures/, Background); their addresses are not (/figures, /background).
    /// An app-relative template (@page "/charts/{key}") would ignore the prefix, so it is made relative.
    /// </summary>
    private static string? LowerFirstSegment(string? template)
    {
        var relative = template?.TrimStart('~').TrimStart('/');
        return string.IsNullOrEmpty(relative) ? relative : char.ToLowerInvariant(relative[0]) + relative[1..];
    }
}
