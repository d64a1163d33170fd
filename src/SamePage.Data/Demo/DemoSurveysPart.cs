using Microsoft.EntityFrameworkCore;
using SamePage.Core.Perception;
using SamePage.Core.Values;
using SamePage.Data.Actuals;
using SamePage.Data.Entities;
using SamePage.Data.Perception;
using SamePage.Data.Values;

namespace SamePage.Data.Demo;

/// <summary>
/// Two survey waves per demo solution (spring closed, autumn open) with responses from the partners of the model's
/// segment. Estimates are drawn from the seed around the partners' observed medians: the first observed input is
/// overestimated by half (an over-promise), the last underestimated by 40 % (a blind spot), the rest about right;
/// inputs without observations are drawn around the plan.
/// </summary>
public sealed class DemoSurveysPart(ValueModelStore store, IFactualValueSource factual) : IDemoPart
{
    public const double OverPromiseFactor = 1.5;
    public const double BlindSpotFactor = 0.6;

    /// <summary>Respondents per wave at most, so the large demo stays quick to load.</summary>
    public const int MaxRespondents = 400;

    private static readonly string[] s_comments =
    [
        "The margin is fine, but we need more leads.",
        "Die Schulungen helfen uns sehr.",
        "Please make the price list easier to find.",
        "Mehr Unterstützung im Vertrieb wäre gut.",
    ];

    public string Name => "surveys";

    public async Task LoadAsync(SamePageDbContext db, int seed, CancellationToken cancellationToken)
    {
        foreach (var stored in await store.ListAsync(cancellationToken))
        {
            var segment = stored.Entity.Segment.Length > 0 ? stored.Entity.Segment : null;
            var observed = (await factual.GetAsync(stored.SolutionName, segment, cancellationToken)).ObservedByInput;
            var questions = SurveyGenerator.FromModel(stored.Document, segment);
            var partners = await db.Partners.AsNoTracking()
                .Where(p => segment == null || p.Segment == segment).OrderBy(p => p.Id).Select(p => new { p.Id, p.ExternalId }).ToListAsync(cancellationToken);
            var planned = stored.Document.Inputs.Where(i => i.Likely is not null).ToDictionary(i => i.Name, i => i.Likely!.Value, StringComparer.Ordinal);
            var observedInputs = questions.Where(q => q.Kind == QuestionKind.Estimate && observed.ContainsKey(q.InputName!)).Select(q => q.InputName!).ToList();
            var waves = new[]
            {
                (Name: "Spring 2026", Opens: new DateOnly(2026, 3, 2), Closes: new DateOnly(2026, 3, 27), Status: SurveyWaveStatus.Closed, Share: 0.5, Shift: 0.1),
                (Name: "Autumn 2026", Opens: new DateOnly(2026, 11, 2), Closes: new DateOnly(2026, 12, 18), Status: SurveyWaveStatus.Open, Share: 0.35, Shift: 0.0),
            };
            foreach (var (name, opens, closes, status, share, shift) in waves)
            {
                var wave = new SurveyWave
                {
                    Name = $"{stored.SolutionName} {name}",
                    SolutionId = stored.Entity.SolutionId,
                    Segments = segment is null ? [] : [segment],
                    OpensOn = opens,
                    ClosesOn = closes,
                    Status = status,
                    QuestionsJson = SurveyJson.WriteQuestions(questions),
                    CreatedAt = DateTimeOffset.UtcNow,
                };
                db.SurveyWaves.Add(wave);
                await db.SaveChangesAsync(cancellationToken);
                var random = new Random(unchecked((seed * 7919) + wave.Id));
                var respondents = 0;
                foreach (var partner in partners)
                {
                    if (respondents >= MaxRespondents || random.NextDouble() >= share)
                    {
                        continue;
                    }

                    respondents++;
                    var answers = Answers(questions, observedInputs, observed, planned, random, shift);
                    db.SurveyResponses.Add(new SurveyResponse
                    {
                        WaveId = wave.Id,
                        PartnerId = partner.Id,
                        ExternalId = $"demo-{wave.Id}-{partner.ExternalId}",
                        AnswersJson = SurveyJson.WriteAnswers(answers),
                        Submitted = true,
                        UpdatedAt = new DateTimeOffset(closes.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                    });
                }

                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    private static List<SurveyAnswer> Answers(IReadOnlyList<SurveyQuestion> questions, List<string> observedInputs, IReadOnlyDictionary<string, IReadOnlyList<double>> observed, Dictionary<string, double> planned, Random random, double shift)
    {
        var answers = new List<SurveyAnswer>();
        var mood = random.NextDouble();
        foreach (var question in questions)
        {
            double? value = question.Kind switch
            {
                QuestionKind.Estimate => Estimate(question, observedInputs, observed, planned, random),
                QuestionKind.Importance => random.Next(3, 6),
                QuestionKind.Delivery => Math.Clamp(random.Next(2, 5) + (mood > 0.5 ? 1 : 0), 1, 5),
                QuestionKind.OverallValue => Math.Clamp(Math.Round(5 + (4 * mood) + random.Next(-1, 2) - shift), 0, 10),
                QuestionKind.Nps => Math.Clamp(Math.Round(4 + (6 * mood) + random.Next(-1, 2) - (10 * shift)), 0, 10),
                QuestionKind.Relationship => Math.Clamp(random.Next(2, 5) + (mood > 0.6 ? 1 : 0), 1, 5),
                _ => null,
            };
            if (value is { } number)
            {
                answers.Add(new SurveyAnswer(question.Id, number));
            }
            else if (question.Kind == QuestionKind.FreeText && random.NextDouble() < 0.3)
            {
                answers.Add(new SurveyAnswer(question.Id, null, s_comments[random.Next(s_comments.Length)]));
            }
        }

        return answers;
    }

    private static double? Estimate(SurveyQuestion question, List<string> observedInputs, IReadOnlyDictionary<string, IReadOnlyList<double>> observed, Dictionary<string, double> planned, Random random)
    {
        var input = question.InputName!;
        var noise = Math.Exp(Normal(random) * 0.15);
        double center;
        if (observed.TryGetValue(input, out var values))
        {
            var median = Core.Actuals.Quantiles.Median(values)!.Value;
            var bias = input == observedInputs[0] ? OverPromiseFactor
                : observedInputs.Count > 1 && input == observedInputs[^1] ? BlindSpotFactor
                : 1.0;
            center = median * bias;
        }
        else
        {
            center = planned.TryGetValue(input, out var likely) ? likely : 1;
        }

        var value = Math.Clamp(center * noise, question.Min ?? double.MinValue, question.Max ?? double.MaxValue);
        return Math.Round(value, question.Unit == ModelUnits.Percent ? 3 : 2);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
