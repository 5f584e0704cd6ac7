using System.Text;
using BenchmarkDotNet.Attributes;
using Snapback.Evaluation.Text;
using Snapback.Matching;
using Snapback.Matching.Text;

namespace Snapback.Benchmarks;

/// <summary>
/// Scanning free text for mentions of listed parties on every bundled list: the mention finder (candidate spans from the index's
/// token lookups, only those screened) against the naive way (every window of one to <see cref="MentionFinder.MaxSpanWords"/>
/// words screened with the full matcher), on the same generated news and payment texts (<see cref="TextDeck"/>, planted listed
/// names and texts with none). Divide <see cref="Utf8Bytes"/> by the mean for bytes per second on one core.
/// </summary>
[MemoryDiagnoser]
public class ScanBenchmark
{
    private MatchIndex index = null!;
    private MentionFinder finder = null!;
    private string[] texts = [];

    [Params(60)]
    public int Texts { get; set; }

    /// <summary>The texts' total size in UTF-8 bytes, written to the log at setup.</summary>
    public long Utf8Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var entities = BenchData.BundledLists();
        index = MatchIndex.Build(entities);
        finder = MentionFinder.For(index);
        texts = [.. TextDeck.Build(entities, Texts, seed: 7).Select(static c => c.Text)];
        Utf8Bytes = texts.Sum(static t => (long)Encoding.UTF8.GetByteCount(t));
        Console.WriteLine($"// ScanBenchmark: {texts.Length} texts, {Utf8Bytes} UTF-8 bytes");
    }

    [Benchmark(Baseline = true)]
    public int EveryWindow()
    {
        var mentions = 0;
        foreach (var text in texts)
        {
            var words = Words(text);
            for (var first = 0; first < words.Count; first++)
            {
                for (var last = first; last < words.Count && last - first < MentionFinder.MaxSpanWords; last++)
                {
                    var window = text[words[first].Start..words[last].End];
                    mentions += index.Screen(new ScreenQuery(window), MatchOptions.Default).Count;
                }
            }
        }

        return mentions;
    }

    [Benchmark]
    public int Mentions()
    {
        var mentions = 0;
        foreach (var text in texts)
        {
            mentions += finder.Find(text, MatchOptions.Default).Count;
        }

        return mentions;
    }

    private static List<(int Start, int End)> Words(string text)
    {
        var words = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (start >= 0 && text[i] is '\'' or '’'));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add((start, i));
                start = -1;
            }
        }

        return words;
    }
}
