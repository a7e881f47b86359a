namespace AwsKoreaDashboard.Web.Features.Charts.Previews;

/// <summary>
/// Breaks a text into lines no wider than a width, between words (Korean separates its words with spaces too);
/// a word wider than the line is broken between characters. Nothing is dropped or cut with "…".
/// </summary>
public static class TextWrap
{
    public static IReadOnlyList<string> Lines(string text, Func<string, float> measure, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in Words(text))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && measure(candidate) > width)
            {
                lines.Add(line);
                candidate = word;
            }

            line = candidate;
            while (line.Length > 1 && measure(line) > width)
            {
                var fit = 1;
                while (fit < line.Length - 1 && measure(line[..(fit + 1)]) <= width)
                {
                    fit++;
                }

                lines.Add(line[..fit]);
                line = line[fit..];
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>
    /// The words, with a one-letter word kept with its neighbour so an amount stays on one line: with the word
    /// before it after a number ("15.06조 원"), else with the word after it ("약 15.06조"). The space stays a space.
    /// </summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var glueNext = false;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (glueNext)
            {
                words[^1] += $" {word}";
                glueNext = false;
            }
            else if (IsOneLetter(word) && words.Count > 0 && words[^1].Any(char.IsDigit))
            {
                words[^1] += $" {word}";
            }
            else
            {
                words.Add(word);
                glueNext = word.Length == 1 && char.IsLetter(word[0]);
            }
        }

        return words;
    }

    /// <summary>"원" or "원," (a unit after an amount, with its punctuation).</summary>
    private static bool IsOneLetter(string word) => word.TrimEnd(',', '.', ';', ':', ')') is { Length: 1 } letter && char.IsLetter(letter[0]);
}
