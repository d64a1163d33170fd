using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SamePage.Data.Auditing;

/// <summary>Runs <see cref="OnSaving"/> on a SamePage context before each save and <see cref="OnSavedAsync"/> after it, sync or async.</summary>
public abstract class SavingInterceptor : SaveChangesInterceptor
{
    protected abstract void OnSaving(SamePageDbContext db);

    /// <summary>After a successful synchronous save; nothing by default.</summary>
    protected virtual void OnSaved(SamePageDbContext db)
    {
    }

    /// <summary>After a successful asynchronous save; nothing by default.</summary>
    protected virtual ValueTask OnSavedAsync(SamePageDbContext db, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is SamePageDbContext db)
        {
            OnSaved(db);
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is SamePageDbContext db)
        {
            await OnSavedAsync(db, cancellationToken);
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Run(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Run(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Run(DbContext? context)
    {
        if (context is SamePageDbContext db)
        {
            OnSaving(db);
        }
    }
}
