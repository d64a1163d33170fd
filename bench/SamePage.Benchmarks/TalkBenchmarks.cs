using System.Text;
using BenchmarkDotNet.Attributes;
using SamePage.Core.Talk;

namespace SamePage.Benchmarks;

/// <summary>
/// Throughput of the rule-based talk analysis on about 1 MB of mixed German/English partner mail,
/// against a bare tokenisation pass over the same text (the baseline). MB/s = 1.0 / mean seconds.
/// </summary>
[MemoryDiagnoser]
public class TalkBenchmarks
{
    private static readonly string[] _sentences =
    [
        "Partners who attach managed backup to every server deal earn an average of 38 % margin on the recurring fees.",
        "Version 8.2 introduces a redesigned dashboard with customizable widgets and SAML single sign-on.",
        "The new one-click migration tool cuts your onboarding effort per customer from two days to three hours.",
        "Join our webinar on Thursday, 14 March, at 10:00 CET.",
        "Ihre Partnermarge steigt ab 50 aktiven Lizenzen von 22 % auf 30 %, z. B. bei Verlängerungen.",
        "Die neue REST-Schnittstelle stellt Endpunkte für Benutzer, Gruppen und Richtlinien bereit.",
        "Weil die Deduplizierung den Speicherbedarf um bis zu 60 % senkt, bleibt Ihnen bei jedem Backup-Vertrag mehr Marge.",
        "Melden Sie sich jetzt über https://partner.example.com/webinar an.",
    ];

    private string _text = string.Empty;
    private TalkAnalyzer _analyzer = new();

    public int Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder();
        var i = 0;
        while (sb.Length < 1_000_000)
        {
            if (i % 40 == 0)
            {
                sb.Append("Partner-Update ").Append(i / 40).Append("\n\n");
            }

            sb.Append(_sentences[i % _sentences.Length]);
            sb.Append(i % 5 == 4 ? "\n\n" : " ");
            if (i % 17 == 0)
            {
                sb.Append("- ").Append(_sentences[(i + 3) % _sentences.Length]).Append('\n');
            }

            i++;
        }

        _text = sb.ToString();
        Bytes = Encoding.UTF8.GetByteCount(_text);
        _analyzer = new TalkAnalyzer();
    }

    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        var words = 0;
        var inWord = false;
        foreach (var c in _text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    [Benchmark]
    public int Analyze()
    {
        return _analyzer.AnalyzeText(_text).Sentences.Count;
    }
}
