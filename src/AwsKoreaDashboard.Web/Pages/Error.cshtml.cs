using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AwsKoreaDashboard.Web.Pages;

/// <summary>
/// The error page, shown by the exception handler with status 500. It has no address of its own: asked for
/// directly, it is not found, so that no one can make an error page answer 200.
/// </summary>
public sealed class ErrorModel : PageModel
{
    public IActionResult OnGet() =>
        HttpContext.Features.Get<IExceptionHandlerFeature>() is null ? NotFound() : Page();
}
