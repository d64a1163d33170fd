using System.Buffers;

namespace SamePage.Core.Talk;

/// <summary>Receives the hashed features of one sentence (index in [0, <see cref="TalkFeatures.Dimension"/>), value).</summary>
internal interface ITalkFeatureSink
{
    void Add(int index, float value);
}

/// <summary>
/// The features of the learned classifier, hashed into a fixed space so that no vocabulary has to be
/// stored: the language; lower-cased words and word pairs (digits folded to 0, so "2024" and "1999" are one
/// word); character 3- to 5-grams inside each word with its boundaries ("_kund", "ndenb"), which lets German
/// compounds share evidence with their parts; and the rule cue sums per kind (the rules' own label as a feature
/// made cross-validation worse, 0.869 vs 0.879, so it is left out).
/// Word and character features are scaled by 1/√count so long and short sentences weigh alike.
/// Changing anything here changes what a stored model means: raise <see cref="Version"/> and retrain.
/// </summary>
internal static class TalkFeatures
{
    public const int Version = 1;
    public const int Bits = 18;
    public const int Dimension = 1 << Bits;
    private const int MaxChars = 2_000;
    private const int MinGram = 3;
    private const int MaxGram = 5;

    /// <summary>
    /// The rule features are few and dense; at full scale they over-fit (4-fold cross-validation on the training
    /// part: 0.849 at 1.0, 0.879 at 0.1, 0.869 at 0.05). A small value needs a large weight, which L2 holds back.
    /// </summary>
    private const double RuleScale = 0.1;
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    public static void Extract<TSink>(ref TSink sink, string sentence, string language, TalkRuleResult rules)
        where TSink : struct, ITalkFeatureSink
    {
        var length = Math.Min(sentence.Length, MaxChars);
        var buffer = ArrayPool<char>.Shared.Rent(length);
        var tokens = ArrayPool<int>.Shared.Rent((length / 2) + 2);
        try
        {
            var text = buffer.AsSpan(0, length);
            var count = Tokenize(sentence.AsSpan(0, length), text, tokens);
            sink.Add(Index(Seed('L', language)), 1f);
            AddWords(ref sink, text, tokens.AsSpan(0, count * 2));
            AddRules(ref sink, rules);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(tokens);
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Lower-cases into <paramref name="text"/> with digits folded to '0'; writes (start, length) pairs of letter/digit runs.</summary>
    private static int Tokenize(ReadOnlySpan<char> source, Span<char> text, int[] tokens)
    {
        var count = 0;
        var start = -1;
        for (var i = 0; i <= source.Length; i++)
        {
            var c = i < source.Length ? source[i] : ' ';
            var word = char.IsLetterOrDigit(c);
            if (i < source.Length)
            {
                text[i] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
            }

            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                tokens[count * 2] = start;
                tokens[(count * 2) + 1] = i - start;
                count++;
                start = -1;
            }
        }

        return count;
    }

    private static void AddWords<TSink>(ref TSink sink, ReadOnlySpan<char> text, ReadOnlySpan<int> tokens)
        where TSink : struct, ITalkFeatureSink
    {
        var words = tokens.Length / 2;
        var grams = 0;
        for (var t = 0; t < words; t++)
        {
            var padded = tokens[(t * 2) + 1] + 2;
            for (var n = MinGram; n <= MaxGram; n++)
            {
                grams += Math.Max(0, padded - n + 1);
            }
        }

        var wordScale = 1f / MathF.Sqrt(words + 1);
        var gramScale = grams == 0 ? 0f : 1f / MathF.Sqrt(grams);
        var previous = Seed('B', "<s>");
        for (var t = 0; t < words; t++)
        {
            var word = text.Slice(tokens[t * 2], tokens[(t * 2) + 1]);
            var unigram = Mix(Seed('W', string.Empty), word);
            sink.Add(Index(unigram), wordScale);
            sink.Add(Index(Mix(Mix(previous, " "), word)), wordScale);
            previous = Mix(Seed('B', string.Empty), word);
            AddCharGrams(ref sink, word, gramScale);
        }

        sink.Add(Index(Mix(previous, " </s>")), wordScale);
    }

    private static void AddCharGrams<TSink>(ref TSink sink, ReadOnlySpan<char> word, float scale)
        where TSink : struct, ITalkFeatureSink
    {
        // "_word_": the boundary marks let "kund" at a word start differ from "kund" inside a compound.
        var padded = word.Length + 2;
        for (var n = MinGram; n <= MaxGram; n++)
        {
            for (var i = 0; i + n <= padded; i++)
            {
                var h = Seed('C', string.Empty);
                for (var k = i; k < i + n; k++)
                {
                    var c = k == 0 || k == padded - 1 ? '_' : word[k - 1];
                    h = (h ^ c) * FnvPrime;
                }

                sink.Add(Index(h), scale);
            }
        }
    }

    private static void AddRules<TSink>(ref TSink sink, TalkRuleResult rules)
        where TSink : struct, ITalkFeatureSink
    {
        var s = rules.Scores;
        Dense(ref sink, "money", s.Money);
        Dense(ref sink, "cost", s.Cost);
        Dense(ref sink, "outcome", s.Outcome);
        Dense(ref sink, "market", s.Market);
        Dense(ref sink, "feature", s.Feature);
        Dense(ref sink, "spec", s.Spec);
        Dense(ref sink, "technology", s.Technology);
        Dense(ref sink, "bridge", s.Bridge);
        Dense(ref sink, "logistics", s.Logistics);
        Dense(ref sink, "quantified", s.Quantified);
        Dense(ref sink, "negation", s.Negations);
        Dense(ref sink, "pronoun", s.PartnerPronouns);
        Dense(ref sink, "vendor", rules.VendorMentions);
        Dense(ref sink, "business", rules.BusinessScore);
        Dense(ref sink, "product", rules.ProductScore);
        var both = rules.BusinessScore >= TalkRules.MinScore && rules.ProductScore >= TalkRules.MinScore;
        Flag(ref sink, "both-sides", both);
        Flag(ref sink, "both-sides+bridge", both && s.Bridge > 0);
        Flag(ref sink, "negated-business", s.Negations > 0 && rules.BusinessScore > 0);
        Flag(ref sink, "logistics-only", s.Logistics > 0 && Math.Max(rules.BusinessScore, rules.ProductScore) < TalkRules.MinScore);
    }

    /// <summary>A cue sum as a value in [0, RuleScale] (sums above 3 are as strong as 3).</summary>
    private static void Dense<TSink>(ref TSink sink, string name, double value)
        where TSink : struct, ITalkFeatureSink
    {
        if (value > 0)
        {
            sink.Add(Index(Seed('R', name)), (float)(Math.Min(value, 3.0) / 3.0 * RuleScale));
        }
    }

    private static void Flag<TSink>(ref TSink sink, string name, bool on)
        where TSink : struct, ITalkFeatureSink
    {
        if (on)
        {
            sink.Add(Index(Seed('R', name)), (float)RuleScale);
        }
    }

    private static uint Seed(char family, string text) => Mix((FnvOffset ^ family) * FnvPrime, text);

    private static uint Mix(uint hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    // FNV's low bits mix poorly; fold the high half in before masking.
    private static int Index(uint hash) => (int)((hash ^ (hash >> Bits)) & (Dimension - 1));
}
