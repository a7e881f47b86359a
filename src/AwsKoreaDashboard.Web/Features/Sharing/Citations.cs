using System.Globalization;
using System.Text;
using AwsKoreaDashboard.Web.Catalog;
using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.Web.Features.Sharing;

/// <summary>
/// Builds the <see cref="Citation"/> of a chart or a figure for this reader (language, currency), with the
/// canonical absolute URL. The data's date is the newest date the data states (a source's publication, a
/// follow-up's date): the same on every instance and in the static copy, and new whenever data/ gains a report.
/// </summary>
public sealed class Citations(ReaderCharts charts, EventCatalogReader events, PublicOrigin origin, ReaderSettings reader, IStringLocalizer<SharedResource> localizer)
{
    public async Task<Citation> ForChartAsync(ChartView chart)
    {
        var presenter = await charts.PresenterAsync();
        return await BuildAsync("chart", chart.Key, chart.Title, $"/charts/{chart.Key}", presenter.Evidence(chart.Values).Select(f => f.Citation!.Source));
    }

    public async Task<Citation> ForFigureAsync(FigureRecord figure)
    {
        var presenter = await charts.PresenterAsync();
        return await BuildAsync("figure", figure.Key, presenter.Text(figure.Label), $"/figures/{figure.Key}", presenter.Evidence(figure).Select(f => f.Citation!.Source));
    }

    /// <summary>The newest date the data states.</summary>
    public async Task<DateOnly> DataDateAsync()
    {
        var catalog = (await charts.PresenterAsync()).Catalog;
        var timeline = await events.ReadAsync();
        return catalog.Sources.Select(s => s.PublishedOn).OfType<DateOnly>()
            .Concat(timeline.Events.Select(e => e.SortDate))
            .Concat(timeline.Events.SelectMany(e => e.Citations).Select(c => c.PublishedOn).OfType<DateOnly>())
            .Append(catalog.Story.AnnouncedOn)
            .Max();
    }

    /// <summary>
    /// The BibTeX key of a page as this reader sees it: <c>awskorea-chart-annual-pace-ko-krw-2025</c> (the year of
    /// the data's date). The page's address differs between the four reader settings, and its title and language
    /// between the two languages (and a chart may share a key with a figure), so one bibliography citing two of
    /// them needs two keys: with one, BibTeX keeps the first entry and every citation of the second points at it.
    /// The articles keep their own keys: each is one work.
    /// </summary>
    private static string BibTexKey(string kind, string key, string language, string currency, string year) =>
        $"awskorea-{kind}-{key}-{language}-{currency.ToLowerInvariant()}-{year}";

    private async Task<Citation> BuildAsync(string kind, string key, string title, string pagePath, IEnumerable<SourceRecord> sources)
    {
        var culture = reader.Culture;
        var site = localizer["SiteName"].Value;
        var url = origin.Absolute(reader.Href(pagePath));
        var date = await DataDateAsync();
        var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        // The original articles behind the figures (not the study notes, which are not published).
        var articles = sources.Where(s => s.Kind == "article").DistinctBy(s => s.Key).ToList();

        var apa = new StringBuilder(localizer["Cite.Apa", site, year, title, iso, Citation.Accessed("long"), url].Value);
        var chicago = new StringBuilder(localizer["Cite.Chicago", site, title, iso, Citation.Accessed("long"), url].Value);
        var bibtex = new StringBuilder()
            .AppendLine($"@misc{{{BibTexKey(kind, key, reader.Language, reader.Currency, year)},")
            .AppendLine($"  author = {{{{{BibText(site)}}}}},")
            .AppendLine($"  title = {{{{{BibText(title)}}}}},")
            .AppendLine($"  year = {{{year}}},")
            .AppendLine($"  howpublished = {{\\url{{{url}}}}},")
            .AppendLine($"  url = {{{url}}},")
            .AppendLine($"  note = {{{BibText(localizer["Cite.DataAsOf", iso].Value)}}},")
            .AppendLine($"  urldate = {{{Citation.Accessed("iso")}}},")
            .AppendLine($"  language = {{{(reader.IsKorean ? "korean" : "english")}}}")
            .AppendLine("}");
        var ris = new StringBuilder()
            .Append(Ris("TY", "DATA")).Append(Ris("AU", site)).Append(Ris("TI", title)).Append(Ris("PY", year))
            .Append(Ris("DA", date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture))).Append(Ris("UR", url))
            .Append(Ris("Y2", Citation.Accessed("ris"))).Append(Ris("PB", site)).Append(Ris("LA", reader.Language))
            .Append(Ris("N1", localizer["Cite.DataAsOf", iso].Value)).Append(Ris("ER", ""));

        foreach (var article in articles)
        {
            var publisher = article.Publisher.In(culture);
            var published = article.PublishedOn;
            var articleUrl = article.Url ?? "";
            var day = published is { } d ? d.ToString(reader.IsKorean ? "yyyy. M. d." : "yyyy, MMMM d", culture) : localizer["DateNotGiven"].Value;
            apa.Append('\n').Append(localizer["Cite.Apa.Article", publisher, day, article.Headline, articleUrl].Value.TrimEnd());
            chicago.Append('\n').Append(localizer["Cite.Chicago.Article", publisher, article.Headline, published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? localizer["DateNotGiven"].Value, articleUrl].Value.TrimEnd());
            bibtex.AppendLine($"@article{{{article.Key},")
                .AppendLine($"  author = {{{{{BibText(publisher)}}}}},")
                .AppendLine($"  title = {{{{{BibText(article.Headline)}}}}},")
                .AppendLine($"  journal = {{{BibText(publisher)}}},");
            if (published is { } p)
            {
                bibtex.AppendLine($"  year = {{{p.Year}}},").AppendLine($"  date = {{{p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}},");
            }

            bibtex.AppendLine($"  url = {{{articleUrl}}},")
                .AppendLine($"  language = {{{(article.Language == "ko" ? "korean" : "english")}}}")
                .AppendLine("}");
            ris.Append(Ris("TY", "NEWS")).Append(Ris("AU", publisher)).Append(Ris("TI", article.Headline)).Append(Ris("T2", publisher));
            if (published is { } q)
            {
                ris.Append(Ris("PY", q.Year.ToString(CultureInfo.InvariantCulture))).Append(Ris("DA", q.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)));
            }

            ris.Append(Ris("UR", articleUrl)).Append(Ris("LA", article.Language)).Append(Ris("ER", ""));
        }

        return new Citation(url, date, apa.ToString(), chicago.ToString(), bibtex.ToString().TrimEnd(), ris.ToString().TrimEnd('\n'));
    }

    /// <summary>One RIS line: a tag, two spaces, a hyphen, a space and the value on one line.</summary>
    private static string Ris(string tag, string value) => $"{tag}  - {OneLine(value)}\n";

    /// <summary>BibTeX counts braces even when escaped, so data text gets none; its special characters are escaped.</summary>
    private static string BibText(string value)
    {
        var text = new StringBuilder();
        foreach (var c in OneLine(value))
        {
            text.Append(c switch
            {
                '{' => "(",
                '}' => ")",
                '\\' => "/",
                '&' or '%' or '$' or '#' or '_' => $"\\{c}",
                '~' => "\\~{}",
                '^' => "\\^{}",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    private static string OneLine(string value) => value.ReplaceLineEndings(" ");
}
