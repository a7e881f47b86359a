namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>The kinds of slide a deck has, each with its own layout.</summary>
internal enum SlideKind
{
    Title,
    Chart,
    Sources,
}
