"""The participants' evaluation survey arrives with its own issue."""
