using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SamePage.Core.Talk;

/// <summary>
/// The learned sentence classifier: a multinomial logistic regression over <see cref="TalkFeatures"/>
/// (trained with ML.NET by <see cref="TalkClassifierTrainer"/>) whose probabilities are calibrated by a
/// temperature fitted on out-of-fold predictions. Scoring is a sparse dot product over a dense weight
/// table, so it needs no ML.NET at run time, loads in milliseconds and keeps the analyzer fast.
/// Immutable and thread-safe.
/// </summary>
public sealed class TalkClassifier
{
    /// <summary>Below this calibrated probability a sentence is shown as "unsure" instead of with false certainty.</summary>
    public const double UnsureBelow = 0.6;

    private const string Magic = "SPTC";
    private const int FormatVersion = 1;
    private const string ShippedResource = "SamePage.Core.Talk.Model.talk-classifier.bin";
    private const int MaxFingerprint = 256;
    private static readonly int Classes = TalkLabels.All.Count;
    private static readonly Lazy<TalkClassifier> _shipped = new(LoadShipped);

    private readonly float[] _weights;
    private readonly float[] _biases;

    internal TalkClassifier(float[] weights, float[] biases, double temperature, TalkClassifierInfo info)
    {
        _weights = weights;
        _biases = biases;
        Temperature = temperature;
        Info = info;
    }

    /// <summary>The model shipped in the repository (trained by `samepage talk train` on the project corpus).</summary>
    public static TalkClassifier Shipped => _shipped.Value;

    /// <summary>Divides the logits before the softmax; above 1 the raw model was over-confident.</summary>
    public double Temperature { get; }

    public TalkClassifierInfo Info { get; }

    internal TalkPrediction Predict(string sentence, string language, TalkRuleResult rules)
    {
        var sink = new LogitSink(_weights);
        TalkFeatures.Extract(ref sink, sentence, language, rules);
        Span<double> p = stackalloc double[Classes];
        p[0] = sink.L0 + _biases[0];
        p[1] = sink.L1 + _biases[1];
        p[2] = sink.L2 + _biases[2];
        p[3] = sink.L3 + _biases[3];
        Softmax(p, Temperature);
        var best = 0;
        for (var c = 1; c < Classes; c++)
        {
            best = p[c] > p[best] ? c : best;
        }

        return new TalkPrediction(TalkLabels.All[best], Math.Round(p[best], 3))
        {
            Probabilities = [Math.Round(p[0], 4), Math.Round(p[1], 4), Math.Round(p[2], 4), Math.Round(p[3], 4)],
        };
    }

    /// <summary>Raw logits of an already featurised sentence (sparse indices and values).</summary>
    internal double[] Logits(ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        var sink = new LogitSink(_weights);
        for (var k = 0; k < indices.Length; k++)
        {
            sink.Add(indices[k], values[k]);
        }

        return [sink.L0 + _biases[0], sink.L1 + _biases[1], sink.L2 + _biases[2], sink.L3 + _biases[3]];
    }

    internal TalkClassifier WithTemperature(double temperature) => new(_weights, _biases, temperature, Info with { Temperature = temperature });

    /// <summary>The same model with its held-out figures recorded in its info (written into the file by <see cref="Save"/>).</summary>
    public TalkClassifier WithHeldOut(double accuracy, double binaryAccuracy, int sentences) =>
        WithInfo(Info with { HeldOutAccuracy = Math.Round(accuracy, 4), HeldOutBinaryAccuracy = Math.Round(binaryAccuracy, 4), HeldOutSentences = sentences });

    internal TalkClassifier WithInfo(TalkClassifierInfo info) => new(_weights, _biases, Temperature, info);

    internal static void Softmax(Span<double> logits, double temperature)
    {
        var max = double.NegativeInfinity;
        foreach (var z in logits)
        {
            max = Math.Max(max, z);
        }

        var sum = 0.0;
        for (var i = 0; i < logits.Length; i++)
        {
            logits[i] = Math.Exp((logits[i] - max) / temperature);
            sum += logits[i];
        }

        for (var i = 0; i < logits.Length; i++)
        {
            logits[i] /= sum;
        }
    }

    /// <summary>Writes the model: a gzip stream of a header, the info as JSON, the biases and the non-zero weight rows.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(FormatVersion);
        writer.Write(TalkFeatures.Version);
        writer.Write(TalkFeatures.Dimension);
        writer.Write(Classes);
        writer.Write(Temperature);
        WriteInfo(writer, Info);
        foreach (var b in _biases)
        {
            writer.Write(b);
        }

        var rows = 0;
        for (var i = 0; i < TalkFeatures.Dimension; i++)
        {
            rows += HasWeight(i) ? 1 : 0;
        }

        writer.Write(rows);
        for (var i = 0; i < TalkFeatures.Dimension; i++)
        {
            if (!HasWeight(i))
            {
                continue;
            }

            writer.Write(i);
            for (var c = 0; c < Classes; c++)
            {
                writer.Write(_weights[(i * Classes) + c]);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>; a file of another format or feature version is refused with the reason.</summary>
    public static TalkClassifier Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            var bytes = Inflate(stream);
            var reader = new SpanReader(bytes);
            if (Encoding.ASCII.GetString(reader.Bytes(4)) != Magic || reader.Int() != FormatVersion)
            {
                throw new TalkInputException("Not a SamePage talk model (samepage talk train writes one).");
            }

            var featureVersion = reader.Int();
            if (featureVersion != TalkFeatures.Version || reader.Int() != TalkFeatures.Dimension || reader.Int() != Classes)
            {
                throw new TalkInputException($"The talk model was trained for feature version {featureVersion}; this SamePage uses version {TalkFeatures.Version}. Retrain it with samepage talk train.");
            }

            var temperature = reader.Double();
            if (temperature is not (> 0 and < 100))
            {
                throw new TalkInputException("The talk model's header is damaged.");
            }

            var info = ReadInfo(ref reader, featureVersion, temperature);
            var biases = new float[Classes];
            for (var c = 0; c < Classes; c++)
            {
                biases[c] = reader.Float();
            }

            var rows = reader.Int();
            if (rows is < 0 or > TalkFeatures.Dimension)
            {
                throw new TalkInputException("The talk model's weight table is damaged.");
            }

            var weights = new float[TalkFeatures.Dimension * Classes];
            for (var r = 0; r < rows; r++)
            {
                var index = reader.Int();
                if (index is < 0 or >= TalkFeatures.Dimension)
                {
                    throw new TalkInputException("The talk model's weight table is damaged.");
                }

                for (var c = 0; c < Classes; c++)
                {
                    weights[(index * Classes) + c] = reader.Float();
                }
            }

            return new TalkClassifier(weights, biases, temperature, info with { Temperature = temperature });
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or ArgumentOutOfRangeException)
        {
            throw new TalkInputException($"The talk model file is damaged: {e.Message}", e);
        }
    }

    // The info is written field by field, not as JSON: a cold JSON serializer costs more than the whole rest of loading.
    private static void WriteInfo(BinaryWriter writer, TalkClassifierInfo info)
    {
        writer.Write(info.TrainedAt.ToUnixTimeMilliseconds());
        writer.Write(info.Sentences);
        writer.Write(info.Corrections);
        writer.Write(info.HeldOutSentences ?? -1);
        writer.Write(info.HeldOutAccuracy ?? -1);
        writer.Write(info.HeldOutBinaryAccuracy ?? -1);
        foreach (var text in new[] { info.CorpusFingerprint, info.LexiconFingerprint })
        {
            var bytes = Encoding.ASCII.GetBytes(text);
            writer.Write(bytes.Length);
            writer.Write(bytes);
        }
    }

    private static TalkClassifierInfo ReadInfo(ref SpanReader reader, int featureVersion, double temperature)
    {
        var trainedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.Long());
        var sentences = reader.Int();
        var corrections = reader.Int();
        var heldOut = reader.Int();
        var accuracy = reader.Double();
        var binary = reader.Double();
        var corpus = Fingerprint(ref reader);
        return new TalkClassifierInfo(featureVersion, trainedAt, sentences, corrections, corpus, temperature)
        {
            LexiconFingerprint = Fingerprint(ref reader),
            HeldOutSentences = heldOut < 0 ? null : heldOut,
            HeldOutAccuracy = heldOut < 0 ? null : accuracy,
            HeldOutBinaryAccuracy = heldOut < 0 ? null : binary,
        };
    }

    private static string Fingerprint(ref SpanReader reader)
    {
        var length = reader.Int();
        return length is >= 0 and <= MaxFingerprint
            ? Encoding.ASCII.GetString(reader.Bytes(length))
            : throw new TalkInputException("The talk model's header is damaged.");
    }

    /// <summary>The whole decompressed file at once (one read instead of a million small ones), bounded against zip bombs.</summary>
    private static byte[] Inflate(Stream stream)
    {
        // Header + info + every row: far below this for the 2^18 × 4 weight table.
        const int MaxBytes = 32 * 1024 * 1024;
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = gzip.Read(chunk)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new TalkInputException("The talk model file is larger than any model SamePage writes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static TalkClassifier Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Load(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TalkInputException($"Cannot read talk model {path}: {e.Message}", e);
        }
    }

    private bool HasWeight(int index)
    {
        for (var c = 0; c < Classes; c++)
        {
            if (_weights[(index * Classes) + c] != 0f)
            {
                return true;
            }
        }

        return false;
    }

    private static TalkClassifier LoadShipped()
    {
        using var stream = typeof(TalkClassifier).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"Embedded resource {ShippedResource} is missing: run samepage talk train (docs/talk-analyzer.md).");
        return Load(stream);
    }

    /// <summary>Little-endian reads over the inflated file, as BinaryWriter wrote it.</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _position;

        public ReadOnlySpan<byte> Bytes(int count)
        {
            if (_position + count > _bytes.Length)
            {
                throw new EndOfStreamException("The file ends early.");
            }

            var slice = _bytes.Slice(_position, count);
            _position += count;
            return slice;
        }

        public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));

        public float Float() => BinaryPrimitives.ReadSingleLittleEndian(Bytes(4));

        public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Bytes(8));

        public long Long() => BinaryPrimitives.ReadInt64LittleEndian(Bytes(8));
    }

    /// <summary>Adds feature values times the weight row of each index to the four logits; no allocation per feature.</summary>
    private struct LogitSink(float[] weights) : ITalkFeatureSink
    {
        public double L0;
        public double L1;
        public double L2;
        public double L3;

        public void Add(int index, float value)
        {
            var row = index * 4;
            L0 += weights[row] * value;
            L1 += weights[row + 1] * value;
            L2 += weights[row + 2] * value;
            L3 += weights[row + 3] * value;
        }
    }
}
