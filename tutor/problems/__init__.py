"""Problems, problem sets and tutoring sessions: the domain, with no Qt."""
