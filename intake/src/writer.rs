//! The one writer of the database. Every write (a submission, a hand-off, feedback, a signal)
//! is queued here; the writer takes whatever has queued up, up to [`BATCH`], writes it in one
//! transaction and commits once, then answers each request. One commit, one disk flush, for
//! many residents at once: that is how SQLite keeps up under load while every answer still
//! waits for its commit. When a batch fails as a whole (a PostgreSQL deadlock between two
//! instances, a full disk), each write is tried again in a transaction of its own, so one bad
//! write never takes others with it.

use sqlx::AnyConnection;
use tokio::sync::{mpsc, oneshot};

use crate::store::{
    Anonymous, HandoffStored, NewHandoff, NewSubmission, Store, Stored, insert_anonymous,
    insert_handoff, insert_submission,
};

/// The most writes in one transaction.
pub const BATCH: usize = 128;

/// Writes that may wait in the queue; more wait for room (back-pressure, not loss).
const QUEUE: usize = 4096;

/// What went wrong with a write: the database, never the resident's input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteError(pub String);

/// One write and where its answer goes.
enum Job {
    Submission(NewSubmission, oneshot::Sender<Result<Stored, WriteError>>),
    Handoff(
        NewHandoff,
        oneshot::Sender<Result<Option<HandoffStored>, WriteError>>,
    ),
    Anonymous(Anonymous, i64, oneshot::Sender<Result<(), WriteError>>),
}

/// The result of one job before commit, kept until the commit says whether it holds.
enum Done {
    Submission(Stored),
    Handoff(Option<HandoffStored>),
    Anonymous,
}

/// A handle to the writer task.
#[derive(Clone)]
pub struct Writer {
    queue: mpsc::Sender<Job>,
}

fn gone() -> WriteError {
    WriteError("the writer has stopped".to_string())
}

impl Writer {
    /// Starts the writer task on this store.
    pub fn start(store: Store) -> Self {
        let (queue, jobs) = mpsc::channel(QUEUE);
        tokio::spawn(run(store, jobs));
        Self { queue }
    }

    /// Keeps a submission; returns once it is committed.
    pub async fn submission(&self, item: NewSubmission) -> Result<Stored, WriteError> {
        let (answer, wait) = oneshot::channel();
        self.queue
            .send(Job::Submission(item, answer))
            .await
            .map_err(|_| gone())?;
        wait.await.map_err(|_| gone())?
    }

    /// Keeps a hand-off; `None` when its code is taken (make another and try again).
    pub async fn handoff(&self, item: NewHandoff) -> Result<Option<HandoffStored>, WriteError> {
        let (answer, wait) = oneshot::channel();
        self.queue
            .send(Job::Handoff(item, answer))
            .await
            .map_err(|_| gone())?;
        wait.await.map_err(|_| gone())?
    }

    /// Keeps feedback or a signal.
    pub async fn anonymous(&self, item: Anonymous, now: i64) -> Result<(), WriteError> {
        let (answer, wait) = oneshot::channel();
        self.queue
            .send(Job::Anonymous(item, now, answer))
            .await
            .map_err(|_| gone())?;
        wait.await.map_err(|_| gone())?
    }
}

async fn run(store: Store, mut jobs: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(BATCH);
    while jobs.recv_many(&mut batch, BATCH).await > 0 {
        let taken = std::mem::take(&mut batch);
        if taken.len() == 1 {
            write_alone(&store, taken).await;
        } else {
            write_batch(&store, taken).await;
        }
    }
}

async fn apply(conn: &mut AnyConnection, job: &mut Job) -> Result<Done, sqlx::Error> {
    Ok(match job {
        Job::Submission(item, _) => Done::Submission(insert_submission(conn, item).await?),
        Job::Handoff(item, _) => Done::Handoff(insert_handoff(conn, item).await?),
        Job::Anonymous(item, now, _) => {
            insert_anonymous(conn, item, *now).await?;
            Done::Anonymous
        }
    })
}

fn answer(job: Job, result: Result<Done, WriteError>) {
    let mixed = || WriteError("a result for another kind of write".to_string());
    // A resident who left (the request was dropped) no longer waits: nothing to answer.
    match job {
        Job::Submission(_, tx) => drop(tx.send(result.and_then(|d| match d {
            Done::Submission(s) => Ok(s),
            _ => Err(mixed()),
        }))),
        Job::Handoff(_, tx) => drop(tx.send(result.and_then(|d| match d {
            Done::Handoff(h) => Ok(h),
            _ => Err(mixed()),
        }))),
        Job::Anonymous(_, _, tx) => drop(tx.send(result.and_then(|d| match d {
            Done::Anonymous => Ok(()),
            _ => Err(mixed()),
        }))),
    }
}

/// All jobs in one transaction; on any failure, each again on its own.
async fn write_batch(store: &Store, mut jobs: Vec<Job>) {
    let attempt = async {
        let mut tx = store.begin().await?;
        let mut done = Vec::with_capacity(jobs.len());
        for job in &mut jobs {
            done.push(apply(&mut tx, job).await?);
        }
        tx.commit().await?;
        Ok::<_, sqlx::Error>(done)
    }
    .await;
    match attempt {
        Ok(done) => {
            for (job, result) in jobs.into_iter().zip(done) {
                answer(job, Ok(result));
            }
        }
        Err(e) => {
            tracing::warn!(error = %e, jobs = jobs.len(), "a batch failed; writing each on its own");
            for job in jobs {
                write_alone(store, vec![job]).await;
            }
        }
    }
}

/// One job in its own transaction, tried twice (a PostgreSQL deadlock or serialisation
/// failure clears on a second try).
async fn write_alone(store: &Store, jobs: Vec<Job>) {
    for mut job in jobs {
        let mut last = None;
        for _ in 0..2 {
            let attempt = async {
                let mut tx = store.begin().await?;
                let done = apply(&mut tx, &mut job).await?;
                tx.commit().await?;
                Ok::<_, sqlx::Error>(done)
            }
            .await;
            match attempt {
                Ok(done) => {
                    last = Some(Ok(done));
                    break;
                }
                Err(e) => last = Some(Err(WriteError(e.to_string()))),
            }
        }
        let result = last.unwrap_or_else(|| Err(gone()));
        if let Err(e) = &result {
            tracing::error!(error = %e.0, "a write failed");
        }
        answer(job, result);
    }
}
