"""Flask integration (the ``flask`` extra: ``pip install ".[flask]"`` from a checkout)::

    from flask import Flask
    from gameplatform.contrib.flask import GamePlatform

    gp = GamePlatform()

    def create_app():
        app = Flask(__name__)
        app.config["GAMEPLATFORM"] = {"FARGAMES": {...}, "STOVE": {...}}   # the Django dict
        gp.init_app(app)
        app.register_blueprint(gp.fargames_wallet_blueprint(get_balance=..., make_bet=...))
        app.register_blueprint(gp.stove_payment_blueprint(deliver=..., allowed_networks=[...]))
        return app

Inside a request, ``gp.fargames``, ``gp.playdapp``, ``gp.stove`` and ``gp.playnanoo`` are
the app's clients.
"""

from gameplatform.contrib.flask._extension import EXTENSION_KEY, GamePlatform

__all__ = ["EXTENSION_KEY", "GamePlatform"]
