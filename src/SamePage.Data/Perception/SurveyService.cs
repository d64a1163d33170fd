using Microsoft.EntityFrameworkCore;
using SamePage.Core.Actuals;
using SamePage.Core.Perception;
using SamePage.Data.Entities;
using SamePage.Data.Values;

namespace SamePage.Data.Perception;

/// <summary>
/// Survey waves and responses: create a wave from a value model, edit its questions while it is a draft, open and close
/// it; partner users save a draft and submit one response per wave (until the wave closes, only for partners in the
/// wave's segments); responses from external tools come in as files, all-or-nothing and idempotent by externalId.
/// </summary>
public sealed class SurveyService(SamePageDbContext db, ValueModelStore models)
{
    public async Task<SurveyWave> CreateWaveAsync(string solution, string? segment, string name, DateOnly opensOn, DateOnly closesOn, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new SurveyRuleException("A wave needs a name.");
        }

        CheckDates(opensOn, closesOn);
        var model = await models.FindAsync(solution, segment, cancellationToken)
            ?? throw new SurveyRuleException($"No value model for solution '{solution}'{(segment is null ? "" : $" and segment '{segment}'")}.");
        var audience = segment ?? (model.Entity.Segment.Length > 0 ? model.Entity.Segment : null);
        var wave = new SurveyWave
        {
            Name = name.Trim(),
            SolutionId = model.Entity.SolutionId,
            Segments = audience is null ? [] : [audience],
            OpensOn = opensOn,
            ClosesOn = closesOn,
            Status = SurveyWaveStatus.Draft,
            QuestionsJson = SurveyJson.WriteQuestions(SurveyGenerator.FromModel(model.Document, audience)),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.SurveyWaves.Add(wave);
        await db.SaveChangesAsync(cancellationToken);
        return wave;
    }

    public Task<SurveyWave?> FindWaveAsync(int id, CancellationToken cancellationToken = default) =>
        db.SurveyWaves.Include(w => w.Solution).FirstOrDefaultAsync(w => w.Id == id, cancellationToken);

    public async Task<IReadOnlyList<SurveyWave>> ListWavesAsync(CancellationToken cancellationToken = default) =>
        await db.SurveyWaves.AsNoTracking().Include(w => w.Solution).OrderBy(w => w.Solution!.Name).ThenByDescending(w => w.OpensOn).ThenBy(w => w.Id).ToListAsync(cancellationToken);

    /// <summary>Changes name, dates and segments of a draft.</summary>
    public async Task<SurveyWave> UpdateWaveAsync(int id, string? name, DateOnly? opensOn, DateOnly? closesOn, IReadOnlyList<string>? segments, CancellationToken cancellationToken = default)
    {
        var wave = await DraftAsync(id, cancellationToken);
        wave.Name = string.IsNullOrWhiteSpace(name) ? wave.Name : name.Trim();
        CheckDates(opensOn ?? wave.OpensOn, closesOn ?? wave.ClosesOn);
        wave.OpensOn = opensOn ?? wave.OpensOn;
        wave.ClosesOn = closesOn ?? wave.ClosesOn;
        if (segments is not null)
        {
            wave.Segments = [.. segments.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
        }

        await db.SaveChangesAsync(cancellationToken);
        return wave;
    }

    /// <summary>Replaces the questions of a draft, in the given order.</summary>
    public async Task<SurveyWave> SetQuestionsAsync(int id, IReadOnlyList<SurveyQuestion> questions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var wave = await DraftAsync(id, cancellationToken);
        CheckQuestions(questions);
        wave.QuestionsJson = SurveyJson.WriteQuestions(questions);
        await db.SaveChangesAsync(cancellationToken);
        return wave;
    }

    /// <summary>Moves a question of a draft up (negative) or down (positive) by <paramref name="offset"/> places.</summary>
    public async Task<SurveyWave> MoveQuestionAsync(int id, string questionId, int offset, CancellationToken cancellationToken = default)
    {
        var wave = await DraftAsync(id, cancellationToken);
        var questions = SurveyJson.ReadQuestions(wave.QuestionsJson).ToList();
        var index = questions.FindIndex(q => q.Id == questionId);
        if (index < 0)
        {
            throw new SurveyRuleException($"The wave has no question '{questionId}'.");
        }

        var target = Math.Clamp(index + offset, 0, questions.Count - 1);
        var question = questions[index];
        questions.RemoveAt(index);
        questions.Insert(target, question);
        return await SetQuestionsAsync(id, questions, cancellationToken);
    }

    /// <summary>Adds a question at the end of a draft.</summary>
    public async Task<SurveyWave> AddQuestionAsync(int id, SurveyQuestion question, CancellationToken cancellationToken = default)
    {
        var wave = await DraftAsync(id, cancellationToken);
        return await SetQuestionsAsync(id, [.. SurveyJson.ReadQuestions(wave.QuestionsJson), question], cancellationToken);
    }

    public async Task<SurveyWave> RemoveQuestionAsync(int id, string questionId, CancellationToken cancellationToken = default)
    {
        var wave = await DraftAsync(id, cancellationToken);
        return await SetQuestionsAsync(id, [.. SurveyJson.ReadQuestions(wave.QuestionsJson).Where(q => q.Id != questionId)], cancellationToken);
    }

    public async Task DeleteWaveAsync(int id, CancellationToken cancellationToken = default)
    {
        var wave = await DraftAsync(id, cancellationToken);
        db.SurveyWaves.Remove(wave);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<SurveyWave> OpenAsync(int id, CancellationToken cancellationToken = default)
    {
        var wave = await DraftAsync(id, cancellationToken);
        if (SurveyJson.ReadQuestions(wave.QuestionsJson).Count == 0)
        {
            throw new SurveyRuleException("A wave without questions cannot open.");
        }

        wave.Status = SurveyWaveStatus.Open;
        await db.SaveChangesAsync(cancellationToken);
        return wave;
    }

    public async Task<SurveyWave> CloseAsync(int id, CancellationToken cancellationToken = default)
    {
        var wave = await WaveAsync(id, cancellationToken);
        if (wave.Status != SurveyWaveStatus.Open)
        {
            throw new SurveyRuleException($"Only an open wave can close (this one is {wave.Status.ToString().ToLowerInvariant()}).");
        }

        wave.Status = SurveyWaveStatus.Closed;
        await db.SaveChangesAsync(cancellationToken);
        return wave;
    }

    /// <summary>Whether a partner of this segment is asked in the wave (no segments: every partner).</summary>
    public static bool Includes(SurveyWave wave, string partnerSegment)
    {
        ArgumentNullException.ThrowIfNull(wave);
        return wave.Segments.Count == 0 || wave.Segments.Contains(partnerSegment, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The open waves (or every non-draft wave) that ask the current partner user's partner.</summary>
    public async Task<IReadOnlyList<SurveyWave>> WavesForPartnerAsync(bool openOnly, CancellationToken cancellationToken = default)
    {
        var partner = await CurrentPartnerAsync(cancellationToken);
        var waves = await db.SurveyWaves.AsNoTracking().Include(w => w.Solution)
            .Where(w => openOnly ? w.Status == SurveyWaveStatus.Open : w.Status != SurveyWaveStatus.Draft)
            .OrderByDescending(w => w.OpensOn).ToListAsync(cancellationToken);
        return [.. waves.Where(w => Includes(w, partner.Segment))];
    }

    /// <summary>The current partner user's response to a wave, or null.</summary>
    public Task<SurveyResponse?> OwnResponseAsync(int waveId, string userId, CancellationToken cancellationToken = default) =>
        db.SurveyResponses.AsNoTracking().FirstOrDefaultAsync(r => r.WaveId == waveId && r.UserId == userId, cancellationToken);

    /// <summary>
    /// Saves the current partner user's answers (a draft, or submitted when <paramref name="submit"/>): one response per
    /// user and wave, editable while the wave is open. Returns the problems by question id; nothing is saved when there are any.
    /// </summary>
    public async Task<(SurveyResponse? Response, IReadOnlyDictionary<string, string> Errors)> SaveResponseAsync(
        int waveId, string userId, IReadOnlyList<SurveyAnswer> answers, bool submit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var partner = await CurrentPartnerAsync(cancellationToken);
        var wave = await WaveAsync(waveId, cancellationToken);
        if (wave.Status != SurveyWaveStatus.Open)
        {
            throw new SurveyRuleException($"The wave is {wave.Status.ToString().ToLowerInvariant()}; answers are taken only while it is open.");
        }

        if (!Includes(wave, partner.Segment))
        {
            throw new SurveyRuleException("This wave does not ask partners of your segment.");
        }

        var questions = SurveyJson.ReadQuestions(wave.QuestionsJson);
        var byId = SurveyJson.ByQuestion(answers);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unknown in byId.Keys.Where(k => questions.All(q => q.Id != k)))
        {
            errors[unknown] = "no such question in this wave";
        }

        var kept = new List<SurveyAnswer>();
        foreach (var question in questions)
        {
            var answer = byId.TryGetValue(question.Id, out var given) ? given : new SurveyAnswer(question.Id, null);
            var check = SurveyAnswerValidator.Validate(submit ? question : question with { Required = false }, answer);
            if (!check.IsValid)
            {
                errors[question.Id] = check.Reason!;
            }
            else if (!answer.IsEmpty)
            {
                kept.Add(answer);
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var response = await db.SurveyResponses.FirstOrDefaultAsync(r => r.WaveId == waveId && r.UserId == userId, cancellationToken);
        if (response is null)
        {
            response = new SurveyResponse { WaveId = waveId, PartnerId = partner.Id, UserId = userId, AnswersJson = "{}" };
            db.SurveyResponses.Add(response);
        }

        response.AnswersJson = SurveyJson.WriteAnswers(kept);
        response.Submitted = response.Submitted || submit;
        response.UpdatedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return (response, errors);
    }

    /// <summary>
    /// Imports a responses file into a wave (open or closed): everything is validated first; with errors nothing is
    /// written unless <see cref="SurveyImportOptions.SkipInvalid"/>; rows are matched by externalId, so the same file
    /// again changes nothing. Imported responses count as submitted.
    /// </summary>
    public async Task<Imports.ImportOutcome> ImportAsync(int waveId, TabularReader reader, string fileName, SurveyImportOptions options, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        if (db.Actor.IsPartnerUser)
        {
            reader.Dispose();
            throw new SurveyRuleException("Partner users cannot import responses.");
        }

        var wave = await db.SurveyWaves.AsNoTracking().FirstOrDefaultAsync(w => w.Id == waveId, cancellationToken);
        if (wave is null || wave.Status == SurveyWaveStatus.Draft)
        {
            reader.Dispose();
            throw new SurveyRuleException(wave is null ? $"No survey wave {waveId}." : "Open the wave before importing responses (its questions may still change).");
        }

        var questions = SurveyJson.ReadQuestions(wave.QuestionsJson);
        var partners = (await db.Partners.AsNoTracking().Select(p => new { p.Id, p.ExternalId, p.Segment }).ToListAsync(cancellationToken))
            .Where(p => Includes(wave, p.Segment)).ToDictionary(p => p.ExternalId, p => p.Id, StringComparer.Ordinal);
        var importOptions = new ImportOptions
        {
            Culture = options.Culture,
            References = new ImportReferences(PartnerExists: partners.ContainsKey),
        };
        using var session = ImportSession<SurveyImportRow>.Open(reader, fileName, SurveyImportSchema.For(questions), importOptions);
        using var rejects = options.Rejects is null ? null : new RejectsWriter(options.Rejects, session.SourceHeaders, session.Delimiter);
        var valid = new List<SurveyImportRow>();
        var report = session.Validate(row =>
        {
            if (row.IsValid)
            {
                valid.Add(row.Row!);
            }
            else
            {
                rejects?.Write(row);
            }

            progress?.Report(valid.Count);
        });

        var existing = await db.SurveyResponses.Where(r => r.WaveId == waveId && r.ExternalId != null)
            .ToDictionaryAsync(r => r.ExternalId!, StringComparer.Ordinal, cancellationToken);
        int inserted = 0, updated = 0, unchanged = 0;
        var now = DateTimeOffset.UtcNow;
        foreach (var row in valid)
        {
            var json = SurveyJson.WriteAnswers(row.Answers);
            if (!existing.TryGetValue(row.ExternalId, out var response))
            {
                inserted++;
                db.SurveyResponses.Add(new SurveyResponse { WaveId = waveId, PartnerId = partners[row.PartnerId], ExternalId = row.ExternalId, AnswersJson = json, Submitted = true, UpdatedAt = now });
            }
            else if (response.AnswersJson != json || response.PartnerId != partners[row.PartnerId] || !response.Submitted)
            {
                updated++;
                response.AnswersJson = json;
                response.PartnerId = partners[row.PartnerId];
                response.Submitted = true;
                response.UpdatedAt = now;
            }
            else
            {
                unchanged++;
            }
        }

        var apply = !options.DryRun && (!report.HasErrors || options.SkipInvalid);
        if (!apply)
        {
            db.ChangeTracker.Clear();
            return new Imports.ImportOutcome(report, false, inserted, updated, unchanged, report.InvalidRows);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Imports.ImportOutcome(report, true, inserted, updated, unchanged, report.InvalidRows);
    }

    private async Task<Partner> CurrentPartnerAsync(CancellationToken cancellationToken)
    {
        if (!db.Actor.IsPartnerUser || db.Actor.PartnerId is not { } partnerId)
        {
            throw new SurveyRuleException("Only partner users answer surveys.");
        }

        return await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnerId, cancellationToken)
            ?? throw new SurveyRuleException("The partner of this account no longer exists.");
    }

    private async Task<SurveyWave> WaveAsync(int id, CancellationToken cancellationToken) =>
        await db.SurveyWaves.Include(w => w.Solution).FirstOrDefaultAsync(w => w.Id == id, cancellationToken) ?? throw new SurveyRuleException($"No survey wave {id}.");

    private async Task<SurveyWave> DraftAsync(int id, CancellationToken cancellationToken)
    {
        var wave = await WaveAsync(id, cancellationToken);
        return wave.Status == SurveyWaveStatus.Draft
            ? wave
            : throw new SurveyRuleException($"The wave is {wave.Status.ToString().ToLowerInvariant()}; only a draft can change.");
    }

    private static void CheckDates(DateOnly opensOn, DateOnly closesOn)
    {
        if (closesOn < opensOn)
        {
            throw new SurveyRuleException($"The wave closes ({closesOn:yyyy-MM-dd}) before it opens ({opensOn:yyyy-MM-dd}).");
        }
    }

    private static void CheckQuestions(IReadOnlyList<SurveyQuestion> questions)
    {
        var duplicate = questions.GroupBy(q => q.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SurveyRuleException($"Question id '{duplicate.Key}' appears twice.");
        }

        foreach (var question in questions)
        {
            if (string.IsNullOrWhiteSpace(question.Id) || question.Id is "externalId" or "partnerId")
            {
                throw new SurveyRuleException($"'{question.Id}' is not a usable question id.");
            }

            if (string.IsNullOrWhiteSpace(question.Text.En) && string.IsNullOrWhiteSpace(question.Text.De))
            {
                throw new SurveyRuleException($"Question '{question.Id}' has no text.");
            }

            if (question.Min > question.Max)
            {
                throw new SurveyRuleException($"The range of question '{question.Id}' is empty.");
            }
        }
    }
}
