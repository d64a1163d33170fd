using System.Text;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Talk;
using SamePage.Data.Entities;
using SamePage.Data.Values;
using CorrectionEntity = SamePage.Data.Entities.TalkCorrection;

namespace SamePage.Data.Talk;

/// <summary>
/// The talk analyzer on the database: vocabulary and figures from the solution's value model, feature mappings
/// per solution, every stored correction passed to the analyzer (a corrected sentence keeps its label wherever
/// it appears) and the learned classifier (the newest retrained one, else the shipped one). An analyzer is built per
/// call: it is cheap, and corrections then apply at once on every node.
/// </summary>
public sealed class TalkService(SamePageDbContext db, ValueModelStore store)
{
    /// <summary>After this many corrections since the last retraining, a correction retrains the classifier.</summary>
    public const int AutoRetrainAfter = 10;

    /// <summary>Communication bodies are Markdown (plain text reads the same way).</summary>
    public const string BodyFileName = "message.md";

    /// <summary>The analyzer for a solution (by name or id) and segment; without a solution it runs with no vocabulary.</summary>
    public async Task<TalkSetup> SetupAsync(string? solution, string? segment, CancellationToken cancellationToken = default)
    {
        var corrections = await CorrectionsAsync(cancellationToken);
        var model = await ClassifierAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(solution))
        {
            return new TalkSetup(new TalkAnalyzer(null, model, corrections), [], null, null, segment);
        }
        var wanted = string.IsNullOrWhiteSpace(segment) ? null : segment.Trim();
        // A segment without its own model falls back to the solution's model: its terms are the same shared language.
        var stored = await store.FindAsync(solution.Trim(), wanted, cancellationToken)
            ?? (wanted is null ? null : await store.FindAsync(solution.Trim(), null, cancellationToken))
            ?? throw new ArgumentException($"No value model for solution '{solution}'{(segment is null ? "" : $" and segment '{segment}'")}.");
        var solutionId = stored.Entity.SolutionId;
        var mappings = await db.FeatureMappings.AsNoTracking().Where(m => m.SolutionId == solutionId).OrderBy(m => m.Id)
            .Select(m => new TalkFeatureMapping(m.Feature, m.DriverName)).ToListAsync(cancellationToken);
        var vocabulary = TalkVocabularyBuilder.Build(stored.Document, mappings);
        return new TalkSetup(new TalkAnalyzer(vocabulary, model, corrections), TalkVocabularyBuilder.Figures(stored.Document), solutionId, stored.SolutionName, stored.Entity.Segment);
    }

    public async Task<IReadOnlyList<SamePage.Core.Talk.TalkCorrection>> CorrectionsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.TalkCorrections.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var corrections = new List<SamePage.Core.Talk.TalkCorrection>();
        foreach (var row in rows)
        {
            if (TalkLabels.TryParse(row.Label, out var label))
            {
                corrections.Add(new SamePage.Core.Talk.TalkCorrection(row.Sentence, row.Language, label));
            }
        }
        return corrections;
    }

    /// <summary>Stores a correction (replacing an earlier one for the same sentence) and re-analyses every communication.</summary>
    public async Task<CorrectionEntity> CorrectAsync(string sentence, string language, TalkLabel label, string? by, CancellationToken cancellationToken = default)
    {
        var text = sentence.Trim();
        var existing = await db.TalkCorrections.FirstOrDefaultAsync(c => c.Sentence == text, cancellationToken);
        if (existing is null)
        {
            existing = new CorrectionEntity { Sentence = text, Label = TalkLabels.Name(label) };
            db.TalkCorrections.Add(existing);
        }
        existing.Language = language is "de" ? "de" : "en";
        existing.Label = TalkLabels.Name(label);
        existing.CorrectedBy = by;
        existing.CreatedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        if (await CorrectionsSinceRetrainingAsync(cancellationToken) >= AutoRetrainAfter)
        {
            await RetrainAsync(by ?? "", cancellationToken: cancellationToken);
        }
        await ReanalyzeAllAsync(cancellationToken);
        return existing;
    }

    /// <summary>The classifier in use: the newest retrained model, else the one shipped with SamePage.</summary>
    public async Task<TalkClassifier> ClassifierAsync(CancellationToken cancellationToken = default)
    {
        var id = await db.TalkModelVersions.AsNoTracking().OrderByDescending(v => v.Id).Select(v => v.Id).FirstOrDefaultAsync(cancellationToken);
        return TalkClassifierCache.For(id, () => db.TalkModelVersions.AsNoTracking().Where(v => v.Id == id).Select(v => v.Model).First());
    }

    /// <summary>The last retraining, or null while the shipped model is in use.</summary>
    public async Task<TalkRetraining?> LastRetrainingAsync(CancellationToken cancellationToken = default)
    {
        var last = await db.TalkModelVersions.AsNoTracking().OrderByDescending(v => v.Id).FirstOrDefaultAsync(cancellationToken);
        return last is null ? null : TalkRetraining.Of(last, TalkRetraining.HeldOut.Count);
    }

    /// <summary>Corrections saved since the last retraining (all of them before the first).</summary>
    public async Task<int> CorrectionsSinceRetrainingAsync(CancellationToken cancellationToken = default)
    {
        var since = await db.TalkModelVersions.AsNoTracking().OrderByDescending(v => v.Id).Select(v => (DateTimeOffset?)v.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        return since is { } at
            ? await db.TalkCorrections.CountAsync(c => c.CreatedAt > at, cancellationToken)
            : await db.TalkCorrections.CountAsync(cancellationToken);
    }

    /// <summary>
    /// Trains the classifier on the training part of the project corpus plus every correction, measures it and the
    /// model in use on the held-out part (never trained on), stores it as the new model and re-analyses every
    /// communication with it. Without <paramref name="putInUse"/> it only measures: nothing is stored (VersionId 0).
    /// </summary>
    public async Task<TalkRetraining> RetrainAsync(string by, bool putInUse = true, CancellationToken cancellationToken = default)
    {
        var corrections = await CorrectionsAsync(cancellationToken);
        var before = await ClassifierAsync(cancellationToken);
        var trained = await Task.Run(() => TalkClassifierTrainer.Train([.. TalkCorpus.Embedded.Where(e => !e.IsHeldOut)], corrections), cancellationToken);
        var heldOut = TalkRetraining.HeldOut;
        var beforeReport = TalkEvaluation.Evaluate(heldOut, new TalkAnalyzer(null, before));
        var afterReport = TalkEvaluation.Evaluate(heldOut, new TalkAnalyzer(null, trained));
        using var bytes = new MemoryStream();
        trained.Save(bytes);
        var version = new TalkModelVersion
        {
            Model = bytes.ToArray(),
            Corrections = corrections.Count,
            AccuracyBefore = Math.Round(beforeReport.Accuracy, 4),
            AccuracyAfter = Math.Round(afterReport.Accuracy, 4),
            BinaryBefore = Math.Round(beforeReport.BinaryAccuracy, 4),
            BinaryAfter = Math.Round(afterReport.BinaryAccuracy, 4),
            CorrectionsAgreedBefore = Agreed(before, corrections),
            CorrectionsAgreedAfter = Agreed(trained, corrections),
            CreatedBy = by,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        if (!putInUse)
        {
            return TalkRetraining.Of(version, heldOut.Count);
        }
        db.TalkModelVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        await ReanalyzeAllAsync(cancellationToken);
        return TalkRetraining.Of(version, heldOut.Count);
    }

    /// <summary>How many corrections the model alone (without the correction lookup) labels as the channel manager did.</summary>
    private static int Agreed(TalkClassifier classifier, IReadOnlyList<SamePage.Core.Talk.TalkCorrection> corrections)
    {
        var analyzer = new TalkAnalyzer(null, classifier);
        return corrections.Count(c => analyzer.ClassifySentence(c.Sentence, c.Language).Label == c.Label);
    }

    /// <summary>Analyses a communication with its solution's model and the segment of its first audience segment.</summary>
    public async Task<TalkAnalysis> AnalyzeAsync(Communication communication, IReadOnlyList<string>? needs = null, CancellationToken cancellationToken = default)
    {
        var setup = await SetupForAsync(communication, cancellationToken);
        return Analyze(setup, communication, needs);
    }

    public static TalkAnalysis Analyze(TalkSetup setup, Communication communication, IReadOnlyList<string>? needs = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(communication.Body));
        var document = TalkDocumentReader.Read(stream, BodyFileName);
        return setup.Analyzer.Analyze(document, setup.Options(needs));
    }

    /// <summary>Analyses and writes the result onto the communication (language, business share, dominant label, full JSON); does not save.</summary>
    public async Task<TalkAnalysis> ApplyAnalysisAsync(Communication communication, CancellationToken cancellationToken = default)
    {
        var analysis = await AnalyzeAsync(communication, null, cancellationToken);
        Store(communication, analysis);
        return analysis;
    }

    public static void Store(Communication communication, TalkAnalysis analysis)
    {
        communication.Language = analysis.Language;
        communication.BusinessShare = analysis.BusinessShare;
        communication.DominantLabel = TalkLabels.Name(analysis.Label);
        communication.AnalysisJson = TalkJson.Serialize(analysis);
    }

    /// <summary>The stored analysis of a communication, if any.</summary>
    public static TalkAnalysis? Stored(Communication communication) =>
        communication.AnalysisJson is { Length: > 0 } json ? TalkJson.Deserialize(json) : null;

    public async Task<int> ReanalyzeAllAsync(CancellationToken cancellationToken = default)
    {
        var communications = await db.Communications.ToListAsync(cancellationToken);
        var setups = new Dictionary<(int?, string?), TalkSetup>();
        foreach (var communication in communications)
        {
            var key = (communication.SolutionId, communication.AudienceSegments.FirstOrDefault());
            if (!setups.TryGetValue(key, out var setup))
            {
                setups[key] = setup = await SetupForAsync(communication, cancellationToken);
            }
            Store(communication, Analyze(setup, communication));
        }
        await db.SaveChangesAsync(cancellationToken);
        return communications.Count;
    }

    /// <summary>A segment's information needs: the partners' ranked needs combined by rank points (Borda count).</summary>
    public async Task<IReadOnlyList<string>> SegmentNeedsAsync(string segment, CancellationToken cancellationToken = default)
    {
        var lists = await db.Partners.AsNoTracking().Where(p => p.Segment == segment).Select(p => p.InformationNeeds).ToListAsync(cancellationToken);
        var points = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var needs in lists)
        {
            for (var i = 0; i < needs.Count; i++)
            {
                points[needs[i]] = points.GetValueOrDefault(needs[i]) + (needs.Count - i);
            }
        }
        return [.. points.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(5).Select(p => p.Key)];
    }

    private async Task<TalkSetup> SetupForAsync(Communication communication, CancellationToken cancellationToken)
    {
        if (communication.SolutionId is not { } id)
        {
            return await SetupAsync(null, null, cancellationToken);
        }
        var hasModel = await db.ValueModels.AnyAsync(m => m.SolutionId == id, cancellationToken);
        return hasModel
            ? await SetupAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture), communication.AudienceSegments.FirstOrDefault(), cancellationToken)
            : await SetupAsync(null, null, cancellationToken);
    }
}
